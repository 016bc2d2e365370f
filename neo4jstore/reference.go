package neo4jstore

import (
	"context"
	"fmt"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/reference"
)

// syncReference writes the built-in countries, regions and functions into the graph, so that
// queries can traverse them. It is idempotent: MERGE on codes, properties set to the built-in
// values, relationships merged.
func (s *Store) syncReference(ctx context.Context) error {
	var regions []map[string]any
	for _, r := range reference.Regions() {
		regions = append(regions, map[string]any{"code": r.Code, "name": r.Name, "parent": nullable(r.Parent)})
	}
	var countries, borders []map[string]any
	for _, c := range reference.Countries() {
		region := c.IntermediateRegion
		if region == "" {
			region = c.SubRegion
		}
		if region == "" {
			region = c.Region
		}
		countries = append(countries, map[string]any{
			"code": c.Code, "alpha2": c.Alpha2, "name": c.Name, "region": nullable(region),
		})
		for _, b := range c.Borders {
			if c.Code < b { // one relationship per pair; BORDERS is read in both directions
				borders = append(borders, map[string]any{"a": c.Code, "b": b})
			}
		}
	}
	var functions []map[string]any
	for _, f := range concord.Functions() {
		functions = append(functions, map[string]any{
			"code": string(f.Code), "name": f.Name, "parent": nullable(string(f.Parent)), "dac": f.DACCodes,
		})
	}
	err := s.writeTx(ctx, func(tx *tx) error {
		steps := []struct {
			cypher string
			rows   []map[string]any
		}{
			{`UNWIND $rows AS row MERGE (r:Region {code: row.code}) SET r.name = row.name`, regions},
			{`UNWIND $rows AS row WITH row WHERE row.parent IS NOT NULL
			  MATCH (r:Region {code: row.code}), (p:Region {code: row.parent}) MERGE (r)-[:IN_REGION]->(p)`, regions},
			{`UNWIND $rows AS row MERGE (c:Country {code: row.code}) SET c.alpha2 = row.alpha2, c.name = row.name
			  WITH c, row WHERE row.region IS NOT NULL
			  MATCH (r:Region {code: row.region}) MERGE (c)-[:IN_REGION]->(r)`, countries},
			{`UNWIND $rows AS row MATCH (a:Country {code: row.a}), (b:Country {code: row.b}) MERGE (a)-[:BORDERS]->(b)`, borders},
			{`UNWIND $rows AS row MERGE (f:Function {code: row.code}) SET f.name = row.name, f.dacCodes = row.dac`, functions},
			{`UNWIND $rows AS row WITH row WHERE row.parent IS NOT NULL
			  MATCH (f:Function {code: row.code}), (p:Function {code: row.parent}) MERGE (f)-[:PART_OF]->(p)`, functions},
		}
		for _, step := range steps {
			if _, err := tx.run(step.cypher, map[string]any{"rows": step.rows}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sync reference data: %w", err)
	}
	return nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
