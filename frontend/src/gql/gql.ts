/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      account {\n        email\n        roles\n        org {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query CountryMissions($code: ID!) {\n    country(code: $code) {\n      code\n      name\n      missions {\n        id\n        name\n        acronym\n        start\n        end\n        model\n      }\n    }\n  }\n": typeof types.CountryMissionsDocument,
    "\n  query Coverage($country: String!, $at: Date) {\n    coverage(country: $country, at: $at) {\n      threshold\n      functions {\n        code\n        name\n      }\n      actors {\n        id\n        name\n        acronym\n      }\n      cells {\n        function {\n          code\n        }\n        actor {\n          id\n        }\n        direct\n        lead\n        subjects {\n          role\n          subject {\n            __typename\n            ... on Mission {\n              id\n              acronym\n              name\n            }\n            ... on Activity {\n              id\n              title\n            }\n          }\n        }\n      }\n      mandated {\n        code\n      }\n      gaps {\n        code\n        name\n      }\n      fragmented {\n        function {\n          code\n        }\n        actors {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query Overlaps($country: String!, $at: Date) {\n    overlaps(country: $country, at: $at, first: 50) {\n      totalCount\n      edges {\n        node {\n          score\n          explanation\n          from\n          to\n          sharedFunctions {\n            code\n            name\n          }\n          a {\n            ...OverlapSideFields\n          }\n          b {\n            ...OverlapSideFields\n          }\n        }\n      }\n    }\n  }\n\n  fragment OverlapSideFields on OverlapSide {\n    subject {\n      __typename\n      ... on Mission {\n        id\n        acronym\n        name\n      }\n      ... on Activity {\n        id\n        title\n      }\n    }\n    actors {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.OverlapsDocument,
    "\n  query MissionsAt($date: Date!) {\n    missions(filter: { activeAt: $date }, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          deployments {\n            country {\n              code\n            }\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": typeof types.MissionsAtDocument,
    "\n  query Network($focus: ID!, $depth: Int) {\n    network(focus: $focus, depth: $depth, maxNodes: 200) {\n      truncated\n      omitted\n      nodes {\n        id\n        type\n        label\n        depth\n      }\n      edges {\n        id\n        source\n        target\n        type\n      }\n    }\n  }\n": typeof types.NetworkDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      account {\n        email\n        roles\n        org {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query CountryMissions($code: ID!) {\n    country(code: $code) {\n      code\n      name\n      missions {\n        id\n        name\n        acronym\n        start\n        end\n        model\n      }\n    }\n  }\n": types.CountryMissionsDocument,
    "\n  query Coverage($country: String!, $at: Date) {\n    coverage(country: $country, at: $at) {\n      threshold\n      functions {\n        code\n        name\n      }\n      actors {\n        id\n        name\n        acronym\n      }\n      cells {\n        function {\n          code\n        }\n        actor {\n          id\n        }\n        direct\n        lead\n        subjects {\n          role\n          subject {\n            __typename\n            ... on Mission {\n              id\n              acronym\n              name\n            }\n            ... on Activity {\n              id\n              title\n            }\n          }\n        }\n      }\n      mandated {\n        code\n      }\n      gaps {\n        code\n        name\n      }\n      fragmented {\n        function {\n          code\n        }\n        actors {\n          id\n        }\n      }\n    }\n  }\n": types.CoverageDocument,
    "\n  query Overlaps($country: String!, $at: Date) {\n    overlaps(country: $country, at: $at, first: 50) {\n      totalCount\n      edges {\n        node {\n          score\n          explanation\n          from\n          to\n          sharedFunctions {\n            code\n            name\n          }\n          a {\n            ...OverlapSideFields\n          }\n          b {\n            ...OverlapSideFields\n          }\n        }\n      }\n    }\n  }\n\n  fragment OverlapSideFields on OverlapSide {\n    subject {\n      __typename\n      ... on Mission {\n        id\n        acronym\n        name\n      }\n      ... on Activity {\n        id\n        title\n      }\n    }\n    actors {\n      id\n      name\n      acronym\n    }\n  }\n": types.OverlapsDocument,
    "\n  query MissionsAt($date: Date!) {\n    missions(filter: { activeAt: $date }, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          deployments {\n            country {\n              code\n            }\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n": types.MissionsAtDocument,
    "\n  query Network($focus: ID!, $depth: Int) {\n    network(focus: $focus, depth: $depth, maxNodes: 200) {\n      truncated\n      omitted\n      nodes {\n        id\n        type\n        label\n        depth\n      }\n      edges {\n        id\n        source\n        target\n        type\n      }\n    }\n  }\n": types.NetworkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      account {\n        email\n        roles\n        org {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryMissions($code: ID!) {\n    country(code: $code) {\n      code\n      name\n      missions {\n        id\n        name\n        acronym\n        start\n        end\n        model\n      }\n    }\n  }\n"): typeof import('./graphql').CountryMissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($country: String!, $at: Date) {\n    coverage(country: $country, at: $at) {\n      threshold\n      functions {\n        code\n        name\n      }\n      actors {\n        id\n        name\n        acronym\n      }\n      cells {\n        function {\n          code\n        }\n        actor {\n          id\n        }\n        direct\n        lead\n        subjects {\n          role\n          subject {\n            __typename\n            ... on Mission {\n              id\n              acronym\n              name\n            }\n            ... on Activity {\n              id\n              title\n            }\n          }\n        }\n      }\n      mandated {\n        code\n      }\n      gaps {\n        code\n        name\n      }\n      fragmented {\n        function {\n          code\n        }\n        actors {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overlaps($country: String!, $at: Date) {\n    overlaps(country: $country, at: $at, first: 50) {\n      totalCount\n      edges {\n        node {\n          score\n          explanation\n          from\n          to\n          sharedFunctions {\n            code\n            name\n          }\n          a {\n            ...OverlapSideFields\n          }\n          b {\n            ...OverlapSideFields\n          }\n        }\n      }\n    }\n  }\n\n  fragment OverlapSideFields on OverlapSide {\n    subject {\n      __typename\n      ... on Mission {\n        id\n        acronym\n        name\n      }\n      ... on Activity {\n        id\n        title\n      }\n    }\n    actors {\n      id\n      name\n      acronym\n    }\n  }\n"): typeof import('./graphql').OverlapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionsAt($date: Date!) {\n    missions(filter: { activeAt: $date }, first: 500) {\n      totalCount\n      edges {\n        node {\n          id\n          deployments {\n            country {\n              code\n            }\n            from\n            to\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MissionsAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($focus: ID!, $depth: Int) {\n    network(focus: $focus, depth: $depth, maxNodes: 200) {\n      truncated\n      omitted\n      nodes {\n        id\n        type\n        label\n        depth\n      }\n      edges {\n        id\n        source\n        target\n        type\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
