package concord

import "context"

// The store's interfaces, one per concern, so that each consumer names only what it uses: the
// coordination service takes AnalyticsStore, the dataloaders RecordReader and RelationReader.
// Store composes them all for wiring. Throughout, the methods that take ids load many records
// in one round trip, for dataloaders; ids that do not exist are absent from the result. Writes
// return *Error with BAD_USER_INPUT (with the field), NOT_FOUND, CONFLICT (an existing id, a
// stale version, a record others refer to) or UNAVAILABLE. Every read applies the caller's
// visibility (PrincipalFrom).

// Store is everything the API needs of the graph.
type Store interface {
	Pinger
	ActorStore
	MissionStore
	MandateStore
	ActivityStore
	ClusterStore
	LessonStore
	RelationReader
	LeadStore
	AnalyticsStore
	DuplicateStore
	DatasetStore
	FundingTotalsReader
}

// Pinger tells whether the graph answers, for the readiness probe.
type Pinger interface {
	Ping(ctx context.Context) error
}

// ActorStore keeps actors: organisations, states and their parts.
type ActorStore interface {
	Actors(ctx context.Context, ids []string) (map[string]Actor, error)
	ListActors(ctx context.Context, f ActorFilter, p PageArgs) (Page[Actor], error)
	CreateActor(ctx context.Context, a Actor) (Actor, error)
	UpdateActor(ctx context.Context, id string, version int, patch func(*Actor) error) (Actor, error)
	DeleteActor(ctx context.Context, id string, version int) error
}

// MissionStore keeps missions with their contributions and deployments.
type MissionStore interface {
	Missions(ctx context.Context, ids []string) (map[string]Mission, error)
	ListMissions(ctx context.Context, f MissionFilter, p PageArgs) (Page[Mission], error)
	CreateMission(ctx context.Context, m Mission) (Mission, error)
	UpdateMission(ctx context.Context, id string, version int, patch func(*Mission) error) (Mission, error)
	DeleteMission(ctx context.Context, id string, version int) error
}

// MandateStore keeps mandates and the missions they authorise.
type MandateStore interface {
	Mandates(ctx context.Context, ids []string) (map[string]Mandate, error)
	ListMandates(ctx context.Context, f MandateFilter, p PageArgs) (Page[Mandate], error)
	CreateMandate(ctx context.Context, m Mandate) (Mandate, error)
	UpdateMandate(ctx context.Context, id string, version int, patch func(*Mandate) error) (Mandate, error)
	DeleteMandate(ctx context.Context, id string, version int) error
}

// ActivityStore keeps funded activities with their funding and implementers.
type ActivityStore interface {
	Activities(ctx context.Context, ids []string) (map[string]Activity, error)
	ListActivities(ctx context.Context, f ActivityFilter, p PageArgs) (Page[Activity], error)
	CreateActivity(ctx context.Context, a Activity) (Activity, error)
	UpdateActivity(ctx context.Context, id string, version int, patch func(*Activity) error) (Activity, error)
	DeleteActivity(ctx context.Context, id string, version int) error
}

// ClusterStore keeps the curated clusters of missions.
type ClusterStore interface {
	Clusters(ctx context.Context, ids []string) (map[string]Cluster, error)
	ListClusters(ctx context.Context, f ClusterFilter, p PageArgs) (Page[Cluster], error)
	CreateCluster(ctx context.Context, c Cluster) (Cluster, error)
	UpdateCluster(ctx context.Context, id string, version int, patch func(*Cluster) error) (Cluster, error)
	DeleteCluster(ctx context.Context, id string, version int) error
}

// LessonStore keeps lessons learned and finds them by their text.
type LessonStore interface {
	Lessons(ctx context.Context, ids []string) (map[string]Lesson, error)
	ListLessons(ctx context.Context, f LessonFilter, p PageArgs) (Page[Lesson], error)
	CreateLesson(ctx context.Context, l Lesson) (Lesson, error)
	UpdateLesson(ctx context.Context, id string, version int, patch func(*Lesson) error) (Lesson, error)
	DeleteLesson(ctx context.Context, id string, version int) error
	SearchLessons(ctx context.Context, query string, first int) ([]LessonHit, error)
}

// RecordReader loads records of every kind by id, many in one round trip: what the
// dataloaders batch a request's references into.
type RecordReader interface {
	Actors(ctx context.Context, ids []string) (map[string]Actor, error)
	Missions(ctx context.Context, ids []string) (map[string]Mission, error)
	Mandates(ctx context.Context, ids []string) (map[string]Mandate, error)
	Activities(ctx context.Context, ids []string) (map[string]Activity, error)
	Clusters(ctx context.Context, ids []string) (map[string]Cluster, error)
	Lessons(ctx context.Context, ids []string) (map[string]Lesson, error)
}

// RelationReader follows relationships backwards, keyed by the id (or country or function
// code) they point at, many keys in one round trip: the lists the GraphQL types expose (an
// actor's missions, a country's activities, …), which records do not hold themselves.
type RelationReader interface {
	ActorParts(ctx context.Context, ids []string) (map[string][]Actor, error)
	MissionsLedBy(ctx context.Context, ids []string, parts MissionParts) (map[string][]Mission, error)
	MissionsContributedToBy(ctx context.Context, ids []string, parts MissionParts) (map[string][]Mission, error)
	MandatesIssuedBy(ctx context.Context, ids []string) (map[string][]Mandate, error)
	ActivitiesImplementedBy(ctx context.Context, ids []string) (map[string][]Activity, error)
	ActivitiesFundedBy(ctx context.Context, ids []string) (map[string][]Activity, error)
	Successors(ctx context.Context, ids []string, parts MissionParts) (map[string][]Mission, error)
	LessonsAboutMissions(ctx context.Context, ids []string) (map[string][]Lesson, error)
	MissionsAuthorizedBy(ctx context.Context, ids []string, parts MissionParts) (map[string][]Mission, error)
	ClusterMembers(ctx context.Context, ids []string, parts MissionParts) (map[string][]Mission, error)
	MissionsDeployedIn(ctx context.Context, codes []string, parts MissionParts) (map[string][]Mission, error)
	ActivitiesIn(ctx context.Context, codes []string) (map[string][]Activity, error)
	ActivityChildren(ctx context.Context, ids []string) (map[string][]Activity, error)
	LessonsAboutCountries(ctx context.Context, codes []string) (map[string][]Lesson, error)
	LessonsAboutFunctions(ctx context.Context, codes []string) (map[string][]Lesson, error)
}

// LeadStore keeps the recorded leads of functions in countries. Leads is also one of the
// AnalyticsReader's reads.
type LeadStore interface {
	Leads(ctx context.Context, country string) ([]Lead, error)
	SetLead(ctx context.Context, l Lead) (Lead, error)
	DeleteLead(ctx context.Context, l Lead) error
}

// DuplicateStore finds actors recorded twice and merges them, for administrators.
type DuplicateStore interface {
	ActorDuplicates(ctx context.Context) ([]DuplicatePair, error)
	MergeActors(ctx context.Context, keep, drop string) (Actor, error)
}

// DatasetStore imports and exports the whole graph in the native dataset format.
type DatasetStore interface {
	Import(ctx context.Context, ds Dataset) (ImportReport, error)
	Export(ctx context.Context) (Dataset, error)
	// Rehearse runs fn in one transaction that is rolled back when fn returns: whatever fn
	// does through the store with the context it is given (an import, a file import through
	// the same store) is done and counted, then undone. It is an import's dry run.
	Rehearse(ctx context.Context, fn func(ctx context.Context) error) error
}

// AnalyticsReader is what the coordination questions read of the graph: each method is one
// round trip that loads the plain domain values a computation of package analytics takes,
// and every read applies the caller's visibility.
type AnalyticsReader interface {
	// Presences lists the missions and activities that pass f, selected in the graph; more
	// than MaxPresences is refused with ETOOLARGE.
	Presences(ctx context.Context, f PresenceFilter) ([]Presence, error)
	// PresenceTallies counts the activities that pass f by country, functions and period.
	PresenceTallies(ctx context.Context, f PresenceFilter) ([]PresenceTally, error)
	// UndatedCounts counts, by country, the missions and activities without dates that pass f
	// but for its window.
	UndatedCounts(ctx context.Context, f PresenceFilter) ([]UndatedCount, error)
	// PresenceCountries lists the countries where the actor (leading, contributing,
	// implementing) or the mission is present on the day at, dated records only.
	PresenceCountries(ctx context.Context, actor, mission string, at Date) ([]string, error)
	// ExpiringMandates lists the mandates expiring from from to to (issued by body, "" for
	// any), soonest first, with the missions they authorise; more than MaxExpiringMandates is
	// refused with ETOOLARGE.
	ExpiringMandates(ctx context.Context, from, to Date, body string) ([]ExpiringMandate, error)
	// AllMissions lists every mission with what the analytics read of it.
	AllMissions(ctx context.Context) ([]MissionPresence, error)
	// FundingIn lists the activities in a country with the funding links among them.
	FundingIn(ctx context.Context, country string) ([]Activity, []ActivityLink, error)
	// Leads lists the recorded leads in a country ("" for every country).
	Leads(ctx context.Context, country string) ([]Lead, error)
	// Subgraph loads at most limit paths of up to depth relationships around focus.
	Subgraph(ctx context.Context, focus string, depth, limit int) (Subgraph, error)
}

// SnapshotReader runs several analytics reads against one snapshot of the graph, so that a
// question that reads twice (presences and leads, for coverage) never combines two states of
// the graph with a write in between.
type SnapshotReader interface {
	// ReadSnapshot calls fn with a reader whose reads all run in one read transaction; fn's
	// error is returned as is.
	ReadSnapshot(ctx context.Context, fn func(AnalyticsReader) error) error
}

// AnalyticsStore is what the coordination service needs of the store: single reads, and
// snapshots for the questions that read twice.
type AnalyticsStore interface {
	AnalyticsReader
	SnapshotReader
}

// StatsReporter is a store that reports its work, for the server's metrics.
type StatsReporter interface {
	Stats() StoreStats
}

// StoreStats is a reading of a store's counters.
type StoreStats struct {
	Reads, Writes int64 // transactions begun
	// Retries are the extra runs of explicit transactions (snapshots and writes) after a
	// transient failure or a deadlock; retries inside the driver of one-statement reads are
	// not seen.
	Retries        int64
	InFlight       int64 // transactions running now
	Statements     int64 // Cypher statements sent
	MaxConnections int   // the connection pool's size
}
