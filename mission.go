package concord

// MissionModel is the kind of deployment vehicle a mission is.
type MissionModel string

// Mission models, after the seed document's alternative mission models.
const (
	ModelMediation       MissionModel = "MEDIATION"
	ModelMonitoring      MissionModel = "MONITORING"
	ModelTrainingSupport MissionModel = "TRAINING_SUPPORT"
	ModelPeacekeeping    MissionModel = "PEACEKEEPING"
	ModelPreventive      MissionModel = "PREVENTIVE"
)

// MissionModels lists every model.
var MissionModels = []MissionModel{
	ModelMediation, ModelMonitoring, ModelTrainingSupport, ModelPeacekeeping, ModelPreventive,
}

// Mission is a deployment vehicle: a peacekeeping operation, a political or monitoring mission,
// a training and support mission. Its functions are the union of its mandates' functions.
type Mission struct {
	ID        string
	Name      string
	Acronym   string
	Model     MissionModel
	LeadActor string // id of the actor that leads it; a recorded Lead is another thing
	Period    Period
	Sources   []string
	Note      string
	Version   int

	// Owner is the organisation (actor id) that owns the record: it alone, with
	// administrators, sees it when Confidential, and its officers may change it.
	Owner        string
	Confidential bool

	Contributors []Contribution
	Deployments  []Deployment
	Mandates     []string // ids of the mandates that authorise it
	Succeeds     []string // predecessor mission ids
	Clusters     []string // cluster ids
	// Deployed are the personnel figures sources report for the mission, by day and component,
	// in all or per contributor.
	Deployed []Headcount

	// Functions is derived, not stored: the union of its mandates' functions.
	Functions []FunctionCode
}

// Contribution is an actor's part in a mission it does not lead.
type Contribution struct {
	Actor     string
	Mission   string
	Role      string
	Personnel int // 0 when unknown
}

// Deployment places a mission in a country for a period.
type Deployment struct {
	Mission string
	Country string // ISO 3166-1 alpha-3
	Period  Period
}

// MissionFilter selects missions in a list. Empty fields do not filter.
type MissionFilter struct {
	Model     MissionModel
	LeadActor string // missions led by this actor
	Country   string
	Function  FunctionCode // includes its sub-functions
	Cluster   string
	ActiveAt  Date
	Search    string // case-insensitive substring of name, acronym or id
}
