package concord

// Node is any record with a stable id: an actor, mission, mandate, activity, cluster or lesson.
type Node interface {
	NodeID() string
}

// Subject is what an engagement runs through: a mission or an activity.
type Subject interface {
	Node
	SubjectKind() SubjectKind
}

// NodeID implements Node.
func (a Actor) NodeID() string { return a.ID }

// NodeID implements Node.
func (m Mission) NodeID() string { return m.ID }

// NodeID implements Node.
func (m Mandate) NodeID() string { return m.ID }

// NodeID implements Node.
func (a Activity) NodeID() string { return a.ID }

// NodeID implements Node.
func (c Cluster) NodeID() string { return c.ID }

// NodeID implements Node.
func (l Lesson) NodeID() string { return l.ID }

// SubjectKind implements Subject.
func (m Mission) SubjectKind() SubjectKind { return SubjectMission }

// SubjectKind implements Subject.
func (a Activity) SubjectKind() SubjectKind { return SubjectActivity }
