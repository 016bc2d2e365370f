package neo4jstore

import (
	"context"
	"fmt"

	"github.com/concord-peace/concord"
)

// byIDs loads records by id in one round trip; ids that do not exist are absent from the map.
func byIDs[T any](ctx context.Context, s *Store, k kind[T], ids []string) (map[string]T, error) {
	out := make(map[string]T, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, fmt.Sprintf("UNWIND $ids AS id MATCH (n:%s {id: id}) WHERE %s RETURN n.id AS id, %s AS node", k.label, visibleN, k.projection),
		map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("load %s by id: %w", k.label, err)
	}
	for _, r := range recs {
		id, _ := r.Get("id")
		node, _ := r.Get("node")
		out[id.(string)] = k.decode(asProps(node))
	}
	return out, nil
}

// oneByID loads one record inside a transaction; lock takes the node's write lock first, so a
// version check and the write that follows it cannot interleave with another writer.
func oneByID[T any](tx *tx, k kind[T], id string, lock bool) (T, bool, error) {
	var zero T
	set := ""
	if lock {
		// Writing a property takes the node's write lock (a no-op SET of the same value does
		// not); the lock is held to the end of the transaction, so the reads that follow see
		// the last committed version and no other writer can slip in between.
		set = "SET n._lock = true REMOVE n._lock "
	}
	recs, err := tx.run(fmt.Sprintf("MATCH (n:%s {id: $id}) WHERE %s %sRETURN %s AS node", k.label, visibleN, set, k.projection), map[string]any{"id": id})
	if err != nil {
		return zero, false, fmt.Errorf("load %s %q: %w", k.label, id, err)
	}
	if len(recs) == 0 {
		return zero, false, nil
	}
	node, _ := recs[0].Get("node")
	return k.decode(asProps(node)), true, nil
}

// listQuery is one page of a list: the filter's WHERE clause (built from constant fragments)
// and its parameters.
type listQuery struct {
	where  []string
	params map[string]any
}

// activeAt keeps records whose start/end period contains day.
func (q *listQuery) activeAt(day concord.Date) {
	if !day.IsZero() {
		q.add("(n.start IS NULL OR n.start <= $activeAt) AND (n.end IS NULL OR n.end >= $activeAt)", "activeAt", dateParam(day))
	}
}

// functionIn keeps records with a function under f (its sub-functions included), reached by
// pattern, a constant whose function node is f.
func (q *listQuery) functionIn(pattern string, f concord.FunctionCode) {
	if f != "" {
		q.add("EXISTS { "+pattern+" WHERE f.code IN $functions }", "functions", codes(f.WithDescendants()))
	}
}

func (q *listQuery) add(clause string, name string, value any) {
	if q.params == nil {
		q.params = map[string]any{}
	}
	q.where = append(q.where, clause)
	q.params[name] = value
}

// list returns one page of records ordered by id, with the total count, in one round trip.
func list[T any](ctx context.Context, s *Store, k kind[T], q listQuery, args concord.PageArgs) (concord.Page[T], error) {
	limit, err := args.Limit()
	if err != nil {
		return concord.Page[T]{}, err
	}
	params := map[string]any{"limit": limit, "after": nil}
	for name, v := range q.params {
		params[name] = v
	}
	if args.After != "" {
		after, err := concord.DecodeCursor(args.After)
		if err != nil {
			return concord.Page[T]{}, err
		}
		params["after"] = after
	}
	// The count and the page are two subqueries: the page reads only limit + 1 nodes from the id
	// index order instead of collecting every match, which matters once imports bring
	// hundreds of thousands of activities.
	filter := where(append([]string{visibleN}, q.where...)...)
	cypher := fmt.Sprintf(`CALL () { MATCH (n:%[1]s) %[2]s RETURN count(n) AS total }
CALL () {
  MATCH (n:%[1]s) %[2]s AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit + 1
  RETURN collect(%[3]s) AS nodes
}
RETURN total, nodes`, k.label, filter, k.projection)
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return concord.Page[T]{}, fmt.Errorf("list %s: %w", k.label, err)
	}
	var page concord.Page[T]
	total, _ := recs[0].Get("total")
	nodes, _ := recs[0].Get("nodes")
	page.Total = int(total.(int64))
	page.HasPrevious = args.After != ""
	for i, n := range nodes.([]any) {
		if i == limit {
			page.HasNext = true
			break
		}
		v := k.decode(asProps(n))
		page.Items = append(page.Items, v)
		page.Cursors = append(page.Cursors, concord.EncodeCursor(k.id(v)))
	}
	return page, nil
}

// mayWrite is the write rule, checked here so that no path around the API can skip it:
// administrators write anything; officers write the records their organisation owns.
func mayWrite[T any](ctx context.Context, k kind[T], v T) error {
	p := concord.PrincipalFrom(ctx)
	owner := ""
	if k.owner != nil {
		owner = k.owner(v)
	}
	if (k.owner == nil && !p.Admin()) || !p.CanWrite(owner) {
		return concord.Errorf(concord.EFORBIDDEN, "", "you may not change this %s", k.name)
	}
	return nil
}

// mayUseID keeps the ids under an organisation's namespace (concord.IDNamespace) to its
// members and to administrators. It is checked before whether the id exists, so that the
// answer is the same for a hidden record's id and a missing one.
func mayUseID(ctx context.Context, id string) error {
	p := concord.PrincipalFrom(ctx)
	if ns := concord.IDNamespace(id); ns != "" && !p.Admin() && ns != p.Org {
		return concord.Errorf(concord.EFORBIDDEN, "input.id", "ids beginning with %s/ are the organisation %s's: only its members create records under them", ns, ns)
	}
	return nil
}

// create writes a new record; an existing id is a CONFLICT.
func create[T any](ctx context.Context, s *Store, k kind[T], v T) (T, error) {
	var out T
	if err := mayUseID(ctx, k.id(v)); err != nil {
		return out, err
	}
	if err := mayWrite(ctx, k, v); err != nil {
		return out, err
	}
	if err := k.validate(v); err != nil {
		return out, err
	}
	err := s.writeTx(ctx, func(tx *tx) error {
		_, exists, err := oneByID(tx.as(concord.System), k, k.id(v), false)
		if err != nil {
			return err
		}
		conflict := concord.Errorf(concord.ECONFLICT, "input.id", "a %s with id %q already exists", k.name, k.id(v))
		if exists {
			return conflict
		}
		// The unique constraint decides between concurrent creators of one id: CREATE fails
		// for all but the first to commit, where a MERGE would quietly let each "create" it.
		if _, err := tx.run(fmt.Sprintf("CREATE (:%s {id: $id})", k.label), map[string]any{"id": k.id(v)}); err != nil {
			if concord.ErrorCode(translate(err)) == concord.ECONFLICT {
				return conflict
			}
			return err
		}
		if err := audit(tx, []change{{"CREATE", k.name, k.id(v), changedFields(nil, k.row(v))}}); err != nil {
			return err
		}
		out, err = write(tx, k, v)
		return err
	})
	return out, err
}

// update applies patch to the current record if its version is still the one the client read;
// otherwise it is a CONFLICT and nothing is written.
func update[T any](ctx context.Context, s *Store, k kind[T], id string, version int, patch func(*T) error) (T, error) {
	var out T
	err := s.writeTx(ctx, func(tx *tx) error {
		// What the caller may see decides whether the record exists for it; the write then
		// works on the whole record, references the caller cannot see included.
		if _, ok, err := oneByID(tx, k, id, true); err != nil || !ok {
			if err == nil {
				err = concord.Errorf(concord.ENOTFOUND, "id", "no %s with id %q", k.name, id)
			}
			return err
		}
		cur, _, err := oneByID(tx.as(concord.System), k, id, false)
		if err != nil {
			return err
		}
		if err := mayWrite(tx.ctx, k, cur); err != nil {
			return err
		}
		if got := k.version(cur); got != version {
			return concord.Errorf(concord.ECONFLICT, "version", "%s %q was changed by someone else: it is at version %d, you sent %d; reload and try again",
				k.name, id, got, version)
		}
		before := k.row(cur)
		if err := patch(&cur); err != nil {
			return err
		}
		if err := mayWrite(tx.ctx, k, cur); err != nil {
			return err // e.g. an officer handing a record to another organisation
		}
		if err := k.validate(cur); err != nil {
			return err
		}
		if fields := changedFields(before, k.row(cur)); len(fields) > 0 {
			if err := audit(tx, []change{{"UPDATE", k.name, id, fields}}); err != nil {
				return err
			}
		}
		out, err = write(tx, k, cur)
		return err
	})
	return out, err
}

// write checks references, upserts one record and reads it back.
func write[T any](tx *tx, k kind[T], v T) (T, error) {
	var zero T
	if k.refs != nil {
		if err := checkRefs(tx, k.refs(v)); err != nil {
			return zero, err
		}
	}
	written, err := upsertNodes(tx, k, []row{k.row(v)}) // create and update audit themselves
	if err != nil {
		return zero, err
	}
	if err := upsertRels(tx, k, written.created, written.updated); err != nil {
		return zero, err
	}
	if k.after != nil {
		if err := k.after(tx); err != nil {
			return zero, err
		}
	}
	out, _, err := oneByID(tx, k, k.id(v), false) // as the caller sees it
	return out, err
}

// remove deletes a record at the version the client read. A record that others refer to is a
// CONFLICT: deleting it would silently change them.
func remove[T any](ctx context.Context, s *Store, k kind[T], id string, version int) error {
	return s.writeTx(ctx, func(tx *tx) error {
		refs := "0"
		if k.referrers != "" {
			refs = k.referrers
		}
		recs, err := tx.run(fmt.Sprintf("MATCH (n:%s {id: $id}) WHERE %s SET n._lock = true REMOVE n._lock RETURN n.version AS version, %s AS refs, %s AS node",
			k.label, visibleN, refs, k.projection), map[string]any{"id": id})
		if err != nil {
			return fmt.Errorf("check %s %q before delete: %w", k.label, id, err)
		}
		if len(recs) == 0 {
			return concord.Errorf(concord.ENOTFOUND, "id", "no %s with id %q", k.name, id)
		}
		node, _ := recs[0].Get("node")
		if err := mayWrite(tx.ctx, k, k.decode(asProps(node))); err != nil {
			return err
		}
		got, _ := recs[0].Get("version")
		if int(got.(int64)) != version {
			return concord.Errorf(concord.ECONFLICT, "version", "%s %q was changed by someone else: it is at version %d, you sent %d",
				k.name, id, got, version)
		}
		if n, _ := recs[0].Get("refs"); n.(int64) > 0 {
			return concord.Errorf(concord.ECONFLICT, "id", "%d other records refer to %s %q; remove those references first",
				n, k.name, id)
		}
		if err := audit(tx, []change{{"DELETE", k.name, id, nil}}); err != nil {
			return err
		}
		_, err = tx.run(fmt.Sprintf("MATCH (n:%s {id: $id}) DETACH DELETE n", k.label), map[string]any{"id": id})
		return err
	})
}
