/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: string; output: string; }
};

/** A person or a script that signs in. */
export type Account = {
  __typename?: 'Account';
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation the account belongs to. */
  org?: Maybe<Actor>;
  roles: Array<AccountRole>;
  version: Scalars['Int']['output'];
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AccountRole =
  /** Everything, accounts included; sees every record. */
  | 'ADMIN'
  /** Reads what is not confidential plus its organisation's records; sees funding amounts only of the activities its organisation funds; never writes. */
  | 'DONOR'
  /** Reads what is not confidential plus its organisation's records; writes missions, mandates, activities and lessons its organisation owns. */
  | 'OFFICER';

/** A funded project or programme, the unit of IATI reporting. */
export type Activity = Node & {
  __typename?: 'Activity';
  /** First-level administrative areas (HXL #adm1). */
  admin1: Array<Scalars['String']['output']>;
  /** Second-level administrative areas (HXL #adm2). */
  admin2: Array<Scalars['String']['output']>;
  children: Array<Activity>;
  confidential: Scalars['Boolean']['output'];
  countries: Array<Country>;
  description?: Maybe<Scalars['String']['output']>;
  end?: Maybe<Scalars['Date']['output']>;
  functions: Array<Function>;
  /** Activities that pass money to this one (IATI provider-activity-id): the funding chain. */
  fundedBy: Array<Activity>;
  funders: Array<Funding>;
  id: Scalars['ID']['output'];
  implementers: Array<Actor>;
  /** Sectors that map to no function, kept so they stay queryable. */
  labels: Array<Scalars['String']['output']>;
  /** The organisation that owns the record; only it and administrators see it when confidential. */
  owner?: Maybe<Actor>;
  /** The parent activity in an IATI hierarchy. */
  parent?: Maybe<Activity>;
  /** The recipient regions its IATI record names. */
  regions: Array<IatiRegion>;
  /** Sector codes as given, vocabulary:code (1 = DAC 5-digit, 2 = DAC 3-digit). */
  sectors: Array<Scalars['String']['output']>;
  /** Where it came from: iati, hxl, or null for the native format. */
  source?: Maybe<Scalars['String']['output']>;
  start?: Maybe<Scalars['Date']['output']>;
  /** IATI activity-status code. */
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /**
   * Implementers the source names only by a category of organisation, not by an organisation:
   * an OECD-DAC CRS channel code with its category, such as "22000 Donor country-based NGO" or
   * "52000 Other". They are not actors: never merged across activities, never an actor in common.
   */
  unnamedImplementers: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ActivityFilter = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  function?: InputMaybe<FunctionCode>;
  funder?: InputMaybe<Scalars['ID']['input']>;
  implementer?: InputMaybe<Scalars['ID']['input']>;
  /** Activities with this label (a sector that maps to no function). */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive part of the title or id (the IATI identifier of an imported activity). */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation or a state: the UN, the EU, OSCE, a donor state, an NGO, a host-government body. */
export type Actor = Node & {
  __typename?: 'Actor';
  acronym?: Maybe<Scalars['String']['output']>;
  activitiesImplemented: Array<Activity>;
  /** Other names the actor is known by, e.g. after a merge; imports match on them. */
  aliases: Array<Scalars['String']['output']>;
  contributions: Array<Contribution>;
  funding: Array<Funding>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  mandatesIssued: Array<Mandate>;
  missionsLed: Array<Mission>;
  name: Scalars['String']['output'];
  /** The actor it is part of (a UN organ, an EU member state). */
  parent?: Maybe<Actor>;
  parts: Array<Actor>;
  /** IATI organisation identifier. */
  ref?: Maybe<Scalars['String']['output']>;
  /** Optimistic-concurrency version: pass it back to update or delete. */
  version: Scalars['Int']['output'];
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Two actors that probably are one organisation, for a person to review. */
export type ActorDuplicate = {
  __typename?: 'ActorDuplicate';
  a: Actor;
  b: Actor;
  reason: Scalars['String']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorFilter = {
  kind?: InputMaybe<ActorKind>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the name, acronym, id or IATI organisation identifier. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ActorKind =
  | 'HOST_GOVERNMENT'
  | 'INTERGOVERNMENTAL'
  | 'NGO'
  | 'ORGAN'
  | 'OTHER'
  | 'REGIONAL_ORGANISATION'
  | 'RESEARCH'
  | 'STATE';

export type Attribute = {
  __typename?: 'Attribute';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** One write: who, when, what, and the fields it changed. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  at: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  org?: Maybe<Scalars['String']['output']>;
  record: Scalars['ID']['output'];
  subject: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** An authorised ceiling a mandate states: up to number personnel of a component. */
export type AuthorisedStrength = {
  __typename?: 'AuthorisedStrength';
  component: PersonnelComponent;
  number: Scalars['Int']['output'];
};

/** A regional cluster of missions. */
export type Cluster = Node & {
  __typename?: 'Cluster';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  missions: Array<Mission>;
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ClusterConnection = {
  __typename?: 'ClusterConnection';
  edges: Array<ClusterEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClusterEdge = {
  __typename?: 'ClusterEdge';
  cursor: Scalars['String']['output'];
  node: Cluster;
};

export type ClusterFilter = {
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ClusterLink = {
  __typename?: 'ClusterLink';
  a: Mission;
  b: Mission;
  countryA: Country;
  countryB: Country;
  from?: Maybe<Scalars['Date']['output']>;
  reason: Scalars['String']['output'];
  sharedActors: Array<Actor>;
  sharedFunctions: Array<Function>;
  to?: Maybe<Scalars['Date']['output']>;
};

/** One component of a mission on the day: authorised, deployed, and the gap. */
export type ComponentCapacity = {
  __typename?: 'ComponentCapacity';
  /** The ceiling of the most recently adopted mandate in force that states one. */
  authorised?: Maybe<Scalars['Int']['output']>;
  authorisedBy?: Maybe<Mandate>;
  component: PersonnelComponent;
  /** The latest figure for the whole mission on or before the day. */
  deployed?: Maybe<Scalars['Int']['output']>;
  deployedOn?: Maybe<Scalars['Date']['output']>;
  deployedSource?: Maybe<Scalars['String']['output']>;
  /** authorised − deployed, when both are known. */
  gap?: Maybe<Scalars['Int']['output']>;
};

/** A cluster formed by a rule, with the links that hold it together. */
export type ComputedCluster = {
  __typename?: 'ComputedCluster';
  countries: Array<Country>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lead?: Maybe<Actor>;
  links: Array<ClusterLink>;
  members: Array<Mission>;
  rule: Scalars['String']['output'];
};

/** An actor's part in a mission it does not lead. */
export type Contribution = {
  __typename?: 'Contribution';
  actor: Actor;
  mission: Mission;
  personnel?: Maybe<Scalars['Int']['output']>;
  role?: Maybe<Scalars['String']['output']>;
};

export type ContributionInput = {
  actor: Scalars['ID']['input'];
  personnel?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

/** An ISO 3166-1 country; Kosovo is XKX (built-in, read-only). */
export type Country = {
  __typename?: 'Country';
  activities: Array<Activity>;
  alpha2: Scalars['String']['output'];
  /** Land neighbours. */
  borders: Array<Country>;
  /** ISO 3166-1 alpha-3. */
  code: Scalars['ID']['output'];
  intermediateRegion?: Maybe<Region>;
  /** Lessons learned about this country. */
  lessons: Array<Lesson>;
  /** Missions deployed there, optionally only those present on a day. */
  missions: Array<Mission>;
  name: Scalars['String']['output'];
  region?: Maybe<Region>;
  subRegion?: Maybe<Region>;
};


/** An ISO 3166-1 country; Kosovo is XKX (built-in, read-only). */
export type CountryMissionsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

export type CountryConnection = {
  __typename?: 'CountryConnection';
  edges: Array<CountryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountryEdge = {
  __typename?: 'CountryEdge';
  cursor: Scalars['String']['output'];
  node: Country;
};

export type CountryFilter = {
  /** An M49 region code at any level. */
  region?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What is present in one country on a day or over a period: what the world map shades countries by. */
export type CountrySummary = {
  __typename?: 'CountrySummary';
  /** Distinct activities present. */
  activities: Scalars['Int']['output'];
  country: Country;
  /** Engagements of actors there, counted as engagements lists them. */
  engagements: Scalars['Int']['output'];
  /** Distinct missions present. */
  missions: Scalars['Int']['output'];
  /** Overlapping pairs there, as overlaps lists them. */
  overlaps: Scalars['Int']['output'];
  /**
   * Missions and activities without any date (in the country, on the function): a question about
   * a day or a period leaves them out, since nothing says they were there then, unless it is
   * asked with includeUndated; a question without at/from/to includes them.
   */
  undated: Scalars['Int']['output'];
};

/** Who does what in a country: functions × actors, the gaps and the fragmented cells. */
export type Coverage = {
  __typename?: 'Coverage';
  actors: Array<Actor>;
  cells: Array<CoverageCell>;
  country: Country;
  fragmented: Array<FragmentedCell>;
  from?: Maybe<Scalars['Date']['output']>;
  functions: Array<Function>;
  /** Mandated functions nobody covers. */
  gaps: Array<Function>;
  mandated: Array<Function>;
  threshold: Scalars['Int']['output'];
  to?: Maybe<Scalars['Date']['output']>;
  /**
   * Missions and activities without any date (in the country, on the function): a question about
   * a day or a period leaves them out, since nothing says they were there then, unless it is
   * asked with includeUndated; a question without at/from/to includes them.
   */
  undated: Scalars['Int']['output'];
};

/** A function × actor cell of a country's coverage matrix. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  actor: Actor;
  /** The actor works on this function itself, not only on a parent of it. */
  direct: Scalars['Boolean']['output'];
  function: Function;
  /** The actor is the designated lead for this function here. */
  lead: Scalars['Boolean']['output'];
  subjects: Array<CoverageSubject>;
};

export type CoverageSubject = {
  __typename?: 'CoverageSubject';
  role: EngagementRole;
  subject: Subject;
};

export type CreateAccountInput = {
  email: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  org?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  roles: Array<AccountRole>;
};

export type CreateActivityInput = {
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  countries: Array<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  end?: InputMaybe<Scalars['Date']['input']>;
  functions: Array<FunctionCode>;
  funders?: InputMaybe<Array<FundingInput>>;
  id: Scalars['ID']['input'];
  implementers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Administrators only; officers' records belong to their organisation. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  start?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
};

export type CreateActorInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Other names the actor is known by; imports match on them. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  kind: ActorKind;
  name: Scalars['String']['input'];
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** IATI organisation identifier. */
  ref?: InputMaybe<Scalars['String']['input']>;
};

export type CreateClusterInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type CreateLessonInput = {
  about?: InputMaybe<LessonAboutInput>;
  author?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateMandateInput = {
  adopted?: InputMaybe<Scalars['Date']['input']>;
  body: Scalars['ID']['input'];
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  expires?: InputMaybe<Scalars['Date']['input']>;
  functions: Array<FunctionCode>;
  id: Scalars['ID']['input'];
  /** Administrators only; officers' records belong to their organisation. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  reference: Scalars['String']['input'];
};

export type CreateMissionInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  clusters?: InputMaybe<Array<Scalars['ID']['input']>>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  contributors?: InputMaybe<Array<ContributionInput>>;
  deployments?: InputMaybe<Array<DeploymentInput>>;
  end?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lead: Scalars['ID']['input'];
  mandates?: InputMaybe<Array<Scalars['ID']['input']>>;
  model: MissionModel;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Administrators only; officers' records belong to their organisation. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  start?: InputMaybe<Scalars['Date']['input']>;
  succeeds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CuratedCluster = {
  __typename?: 'CuratedCluster';
  cluster: Cluster;
  members: Array<Mission>;
};

/** Personnel a source reports deployed on a day, in all or from one contributor. */
export type DeployedHeadcount = {
  __typename?: 'DeployedHeadcount';
  component: PersonnelComponent;
  /** The contributing organisation or state; null for the mission's total. */
  contributor?: Maybe<Actor>;
  date: Scalars['Date']['output'];
  number: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
};

/** A mission's presence in a country. */
export type Deployment = {
  __typename?: 'Deployment';
  country: Country;
  from?: Maybe<Scalars['Date']['output']>;
  mission: Mission;
  to?: Maybe<Scalars['Date']['output']>;
};

export type DeploymentInput = {
  country: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One actor working on functions in one country over a period. */
export type Engagement = {
  __typename?: 'Engagement';
  actor: Actor;
  /** For a BROADER match, the parent function it is coded with. */
  broaderFunction?: Maybe<Function>;
  country: Country;
  from?: Maybe<Scalars['Date']['output']>;
  /** The mission's or activity's own functions, whatever function was asked. */
  functions: Array<Function>;
  /** How it answers the function asked; null when none was. */
  match?: Maybe<FunctionMatch>;
  role: EngagementRole;
  /** The mission it leads or contributes to, or the activity it implements or funds. */
  subject: Subject;
  to?: Maybe<Scalars['Date']['output']>;
};

export type EngagementConnection = {
  __typename?: 'EngagementConnection';
  edges: Array<EngagementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /**
   * Missions and activities without any date (in the country, on the function): a question about
   * a day or a period leaves them out, since nothing says they were there then, unless it is
   * asked with includeUndated; a question without at/from/to includes them.
   */
  undated: Scalars['Int']['output'];
};

export type EngagementEdge = {
  __typename?: 'EngagementEdge';
  cursor: Scalars['String']['output'];
  node: Engagement;
};

export type EngagementRole =
  | 'CONTRIBUTOR'
  | 'FUNDER'
  | 'IMPLEMENTER'
  | 'LEAD';

/** What a file import read, wrote and skipped. */
export type FileImportReport = {
  __typename?: 'FileImportReport';
  actorsCreated: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  read: Scalars['Int']['output'];
  reasons: Array<SkipReason>;
  skipped: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** The evidence a gap filler's score rests on. */
export type FillerEvidence = {
  __typename?: 'FillerEvidence';
  /** It works in the country that day. */
  inCountry: Scalars['Boolean']['output'];
  /** Otherwise, the most specific region (M49) it shares with the country through a mission that day. */
  inRegion?: Maybe<Region>;
  /** The missions on the function it led or contributed to. */
  missionsOnFunction: Scalars['Int']['output'];
  /** The missions it leads or contributes to that day, anywhere: its load. */
  missionsThatDay: Scalars['Int']['output'];
  /** The models of the missions behind its strength. */
  models: Array<MissionModel>;
  /** Its comparative strength in the function (comparativeStrengths), 0 without a record. */
  strength: Scalars['Float']['output'];
  /** Its rank in comparativeStrengths on the function; null without a record. */
  strengthRank?: Maybe<Scalars['Int']['output']>;
};

/** Funding concentration in a country, function and year. */
export type Fragmentation = {
  __typename?: 'Fragmentation';
  activities: Array<Activity>;
  country: Country;
  currency?: Maybe<Scalars['String']['output']>;
  function: Function;
  funders: Scalars['Int']['output'];
  /** Herfindahl-Hirschman index of funding shares, in [0, 1]. */
  hhi: Scalars['Float']['output'];
  implementers: Scalars['Int']['output'];
  notes: Array<Scalars['String']['output']>;
  /** Funding left out because it was passed on from another activity in the set (counted once). */
  passedOn: Array<PassedFunding>;
  shares: Array<Share>;
  total: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** A function with more actors than the threshold and no designated lead. */
export type FragmentedCell = {
  __typename?: 'FragmentedCell';
  actors: Array<Actor>;
  function: Function;
};

/** A thematic area of work (built-in, read-only). */
export type Function = {
  __typename?: 'Function';
  children: Array<Function>;
  code: FunctionCode;
  /** OECD-DAC CRS purpose codes that map to it. */
  dacCodes: Array<Scalars['String']['output']>;
  /** Lessons learned about this function. */
  lessons: Array<Lesson>;
  name: Scalars['String']['output'];
  parent?: Maybe<Function>;
};

/** The function vocabulary; asking for a parent includes its children. */
export type FunctionCode =
  | 'BORDER'
  | 'CORRECTIONS'
  | 'DDR'
  | 'ELECTIONS'
  | 'GOVERNANCE'
  | 'HUMAN_RIGHTS'
  | 'JUSTICE'
  | 'MEDIATION'
  | 'MILITARY_TRAINING'
  | 'MONITORING'
  | 'POLICE'
  | 'POLITICAL'
  | 'PROTECTION_OF_CIVILIANS'
  | 'RULE_OF_LAW'
  | 'SECURITY'
  | 'SSR';

/**
 * How a record answers a question about a function. EXACT: it is coded with the function or one
 * of its sub-functions. BROADER: it is coded only with a parent of the function (SECURITY, asked
 * about DDR): it may or may not do that work, so questions leave it out unless asked with
 * includeBroader, and then label it.
 */
export type FunctionMatch =
  | 'BROADER'
  | 'EXACT';

/** Money an actor gives to an activity. Donors see amounts only of the activities their organisation funds. */
export type Funding = {
  __typename?: 'Funding';
  activity: Activity;
  amount?: Maybe<Scalars['Float']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  funder: Actor;
  year?: Maybe<Scalars['Int']['output']>;
};

/**
 * The funding of one year, country, function or country × function. Amounts are per currency,
 * never added across currencies.
 */
export type FundingBucket = {
  __typename?: 'FundingBucket';
  /** Activities with a funding in the bucket. */
  activities: Scalars['Int']['output'];
  amounts: Array<Money>;
  /** The country (byCountry, byCountryFunction); null in byCountry: activities that name no country, such as regional ones. */
  country?: Maybe<Country>;
  /** The function (byFunction, byCountryFunction); null in byFunction: activities coded with none. */
  function?: Maybe<Function>;
  /** The funding year (byYear); null there: fundings recorded without a year. */
  year?: Maybe<Scalars['Int']['output']>;
};

export type FundingInput = {
  actor: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Float']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a funder funds, added up in the graph. An activity in several countries (or coded with
 * several functions) counts its whole funding in each, as the data gives no split: the buckets of
 * byCountry (byFunction) can add up to more than total.
 */
export type FundingTotals = {
  __typename?: 'FundingTotals';
  /** Activities with a funding the filters keep. */
  activities: Scalars['Int']['output'];
  /** By country code; activities naming no country last. */
  byCountry: Array<FundingBucket>;
  /** Every country × function the fundings reach. */
  byCountryFunction: Array<FundingBucket>;
  /** By function code; activities coded with no function last. */
  byFunction: Array<FundingBucket>;
  /** Newest year first; fundings without a year last. */
  byYear: Array<FundingBucket>;
  /** Fundings (one per funder, activity and year) the filters keep. */
  fundings: Scalars['Int']['output'];
  /** Per currency. */
  total: Array<Money>;
  /** Fundings without an amount, or whose amount the caller may not see (donors see those of activities their organisation funds). */
  unknownAmounts: Scalars['Int']['output'];
};

/** A function in a country that needs somebody, with the actors who could. */
export type Gap = {
  __typename?: 'Gap';
  candidates: Array<GapFiller>;
  country: Country;
  function: Function;
  kind: GapKind;
};

/** An actor ranked for a gap, with its reasons in words. */
export type GapFiller = {
  __typename?: 'GapFiller';
  actor: Actor;
  evidence: FillerEvidence;
  rank: Scalars['Int']['output'];
  reasons: Array<Scalars['String']['output']>;
  /** In [0, 1]: strength 0.40, presence 0.30, mission model 0.15, load 0.15 (docs/analytics.md). */
  score: Scalars['Float']['output'];
};

/** Why a function in a country needs somebody. */
export type GapKind =
  /** Actors work on it and no lead is in force. */
  | 'NO_LEAD'
  /** Mandated (or under a mandated function) and nobody covers it. */
  | 'UNCOVERED';

/** An IATI recipient region: a region an activity names rather than (or besides) countries. */
export type IatiRegion = {
  __typename?: 'IatiRegion';
  code: Scalars['String']['output'];
  /** The DAC's name for vocabulary 1 (for example 298: Africa, regional); null otherwise. */
  name?: Maybe<Scalars['String']['output']>;
  /** IATI region vocabulary: 1 is the OECD DAC's regions; 99 a publisher's own. */
  vocabulary: Scalars['String']['output'];
};

export type ImportCount = {
  __typename?: 'ImportCount';
  created: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** What an import did, per kind of record. */
export type ImportReport = {
  __typename?: 'ImportReport';
  counts: Array<ImportCount>;
  created: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A designated lead organisation for a function in a country. */
export type Lead = {
  __typename?: 'Lead';
  actor: Actor;
  country: Country;
  from?: Maybe<Scalars['Date']['output']>;
  function: Function;
  note?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
};

export type LeadInput = {
  actor: Scalars['ID']['input'];
  country: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  function: FunctionCode;
  note?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type LeadProblem = {
  __typename?: 'LeadProblem';
  /** The actors working on the function there. */
  actors: Array<Actor>;
  country: Country;
  function: Function;
  kind: LeadProblemKind;
  leads: Array<Lead>;
};

export type LeadProblemKind =
  | 'COMPETING'
  | 'NO_LEAD';

/** A lesson learned. */
export type Lesson = Node & {
  __typename?: 'Lesson';
  author?: Maybe<Actor>;
  confidential: Scalars['Boolean']['output'];
  countries: Array<Country>;
  date?: Maybe<Scalars['Date']['output']>;
  functions: Array<Function>;
  id: Scalars['ID']['output'];
  missions: Array<Mission>;
  sources: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type LessonAboutInput = {
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  functions?: InputMaybe<Array<FunctionCode>>;
  missions?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type LessonConnection = {
  __typename?: 'LessonConnection';
  edges: Array<LessonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LessonEdge = {
  __typename?: 'LessonEdge';
  cursor: Scalars['String']['output'];
  node: Lesson;
};

export type LessonFilter = {
  author?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  function?: InputMaybe<FunctionCode>;
  mission?: InputMaybe<Scalars['ID']['input']>;
};

export type LessonHit = {
  __typename?: 'LessonHit';
  lesson: Lesson;
  score: Scalars['Float']['output'];
};

/** The legal basis of missions: a Security Council resolution, an EU Council decision, an OSCE Permanent Council decision. */
export type Mandate = Node & {
  __typename?: 'Mandate';
  adopted?: Maybe<Scalars['Date']['output']>;
  /** The personnel ceilings it states, by component. */
  authorised: Array<AuthorisedStrength>;
  body: Actor;
  confidential: Scalars['Boolean']['output'];
  expires?: Maybe<Scalars['Date']['output']>;
  functions: Array<Function>;
  id: Scalars['ID']['output'];
  missions: Array<Mission>;
  /** The organisation that owns the record; only it and administrators see it when confidential. */
  owner?: Maybe<Actor>;
  /** For example UNSCR 1244 (1999). */
  reference: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MandateConnection = {
  __typename?: 'MandateConnection';
  edges: Array<MandateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MandateEdge = {
  __typename?: 'MandateEdge';
  cursor: Scalars['String']['output'];
  node: Mandate;
};

export type MandateFilter = {
  body?: InputMaybe<Scalars['ID']['input']>;
  function?: InputMaybe<FunctionCode>;
  mission?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A mandate whose term ends in the window, with what depends on it. */
export type MandateRenewal = {
  __typename?: 'MandateRenewal';
  cells: Array<RenewalCell>;
  /** The countries its missions are deployed in on its last day. */
  countries: Array<Country>;
  expires: Scalars['Date']['output'];
  functions: Array<Function>;
  mandate: Mandate;
  missions: Array<Mission>;
};

/** A deployment vehicle: a peacekeeping operation, a political, monitoring, or training and support mission. */
export type Mission = Node & {
  __typename?: 'Mission';
  acronym?: Maybe<Scalars['String']['output']>;
  clusters: Array<Cluster>;
  confidential: Scalars['Boolean']['output'];
  contributors: Array<Contribution>;
  /** The personnel figures sources report, by day and component, in all or per contributor. */
  deployed: Array<DeployedHeadcount>;
  deployments: Array<Deployment>;
  /** Null while the mission is ongoing. */
  end?: Maybe<Scalars['Date']['output']>;
  /** The union of its mandates' functions. */
  functions: Array<Function>;
  id: Scalars['ID']['output'];
  lead: Actor;
  lessons: Array<Lesson>;
  mandates: Array<Mandate>;
  model: MissionModel;
  name: Scalars['String']['output'];
  /** Caveats, such as facts that are uncertain. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation that owns the record; only it and administrators see it when confidential. */
  owner?: Maybe<Actor>;
  /** Missions this one took over from. */
  predecessors: Array<Mission>;
  /** Where its facts come from: resolutions, decisions, official pages. */
  sources: Array<Scalars['String']['output']>;
  start?: Maybe<Scalars['Date']['output']>;
  /** Missions that took over from this one. */
  successors: Array<Mission>;
  version: Scalars['Int']['output'];
};

/** A mission's personnel on the day, by component and by contributor. */
export type MissionCapacity = {
  __typename?: 'MissionCapacity';
  components: Array<ComponentCapacity>;
  /** Each contributor's latest figure per component on or before the day. */
  contributors: Array<DeployedHeadcount>;
  mission: Mission;
};

export type MissionConnection = {
  __typename?: 'MissionConnection';
  edges: Array<MissionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MissionEdge = {
  __typename?: 'MissionEdge';
  cursor: Scalars['String']['output'];
  node: Mission;
};

export type MissionFilter = {
  activeAt?: InputMaybe<Scalars['Date']['input']>;
  cluster?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  /** Includes its sub-functions. */
  function?: InputMaybe<FunctionCode>;
  lead?: InputMaybe<Scalars['ID']['input']>;
  model?: InputMaybe<MissionModel>;
  /** Case-insensitive part of the name, acronym or id. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type MissionModel =
  | 'MEDIATION'
  | 'MONITORING'
  | 'PEACEKEEPING'
  | 'PREVENTIVE'
  | 'TRAINING_SUPPORT';

/** An amount in one currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Float']['output'];
  /** null: recorded without a currency. */
  currency?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Administrators only. */
  createAccount: Account;
  createActivity: Activity;
  createActor: Actor;
  createCluster: Cluster;
  createLesson: Lesson;
  createMandate: Mandate;
  createMission: Mission;
  /** Administrators only. */
  deleteAccount: Scalars['ID']['output'];
  deleteActivity: Scalars['ID']['output'];
  /** Fails with CONFLICT while other records refer to the actor. */
  deleteActor: Scalars['ID']['output'];
  /** Fails with CONFLICT while missions are members of it. */
  deleteCluster: Scalars['ID']['output'];
  deleteLead: Scalars['Boolean']['output'];
  deleteLesson: Scalars['ID']['output'];
  /** Fails with CONFLICT while a mission is authorised by it. */
  deleteMandate: Scalars['ID']['output'];
  /** Fails with CONFLICT while a successor or a lesson refers to the mission. */
  deleteMission: Scalars['ID']['output'];
  /**
   * Imports a concord-dataset/1 document: all or nothing, idempotent on ids. dryRun: the same
   * import, rolled back: the report says what it would do, and nothing is written.
   */
  importDataset: ImportReport;
  /**
   * Imports an HXL-tagged 3W/4W CSV. country is the ISO code of sheets without a country column;
   * from and to are the period the sheet reports on (a 3W usually states it outside the table),
   * which rows without #date columns take: a row's own dates win. Rows left without dates are
   * not present on any given day. Administrators only. dryRun: as for importIATI, a preview
   * that writes nothing.
   */
  importHXL: FileImportReport;
  /**
   * Imports an IATI activity XML file (versions 1.0x and 2.0x), idempotent. Administrators only.
   * dryRun: the same import in one transaction that is rolled back, so the report says what
   * the import would create, update, leave unchanged and skip, and nothing is written.
   */
  importIATI: FileImportReport;
  /** Throttled per account and per client; every aliased login counts. */
  login: Session;
  logout: Scalars['Boolean']['output'];
  /** Folds actor drop into keep with all its relationships; later imports map drop's organisation to keep. Administrators only. */
  mergeActors: Actor;
  refresh: Session;
  /** Records a lead (administrators, and officers of the lead organisation). */
  setLead: Lead;
  /** Administrators only. */
  updateAccount: Account;
  updateActivity: Activity;
  updateActor: Actor;
  updateCluster: Cluster;
  updateLesson: Lesson;
  updateMandate: Mandate;
  updateMission: Mission;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


export type MutationCreateClusterArgs = {
  input: CreateClusterInput;
};


export type MutationCreateLessonArgs = {
  input: CreateLessonInput;
};


export type MutationCreateMandateArgs = {
  input: CreateMandateInput;
};


export type MutationCreateMissionArgs = {
  input: CreateMissionInput;
};


export type MutationDeleteAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteActorArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteClusterArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteLeadArgs = {
  input: LeadInput;
};


export type MutationDeleteLessonArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteMandateArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteMissionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationImportDatasetArgs = {
  document: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationImportHxlArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  document: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationImportIatiArgs = {
  document: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMergeActorsArgs = {
  drop: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
};


export type MutationRefreshArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationSetLeadArgs = {
  input: LeadInput;
};


export type MutationUpdateAccountArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAccountInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateActorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActorInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateClusterArgs = {
  id: Scalars['ID']['input'];
  input: UpdateClusterInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateLessonArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLessonInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMandateArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMandateInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMissionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMissionInput;
  version: Scalars['Int']['input'];
};

/** Smaller missions deployed inside a country that hosts a peacekeeping operation at the same time. */
export type NestedDeployment = {
  __typename?: 'NestedDeployment';
  country: Country;
  from?: Maybe<Scalars['Date']['output']>;
  host: Mission;
  hostLead?: Maybe<Actor>;
  nested: Array<NestedMission>;
  to?: Maybe<Scalars['Date']['output']>;
};

export type NestedMission = {
  __typename?: 'NestedMission';
  from?: Maybe<Scalars['Date']['output']>;
  lead?: Maybe<Actor>;
  mission: Mission;
  model: MissionModel;
  reason: Scalars['String']['output'];
  sharedFunctions: Array<Function>;
  to?: Maybe<Scalars['Date']['output']>;
};

/** Nodes and edges around a focus, for visualisation. */
export type Network = {
  __typename?: 'Network';
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
  omitted: Scalars['Int']['output'];
  omittedEdges: Scalars['Int']['output'];
  truncated: Scalars['Boolean']['output'];
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  attributes: Array<Attribute>;
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type NetworkNode = {
  __typename?: 'NetworkNode';
  attributes: Array<Attribute>;
  depth: Scalars['Int']['output'];
  /** Stable: type:id, such as mission:unmik. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** A node with a stable id. */
export type Node = {
  id: Scalars['ID']['output'];
};

/**
 * Two missions or activities that work on a common function or sector label in a common place
 * of one country at a common time.
 */
export type Overlap = {
  __typename?: 'Overlap';
  a: OverlapSide;
  b: OverlapSide;
  country: Country;
  /** The overlap and its score in words, with the names of the organisations. */
  explanation: Scalars['String']['output'];
  /** The shared period. */
  from?: Maybe<Scalars['Date']['output']>;
  place: OverlapPlace;
  /** In [0, 1]: same work × time in common × place × organisations; see docs/overlap-score.md. */
  score: Scalars['Float']['output'];
  /** The functions both work on, with sub-functions (a side coded RULE_OF_LAW works on JUSTICE). */
  sharedFunctions: Array<Function>;
  /** The sector labels (sectors that map to no function) both carry. */
  sharedLabels: Array<Scalars['String']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
};

/** One message of overlapAlerts. */
export type OverlapAlert = {
  __typename?: 'OverlapAlert';
  /** For DROPPED, how many alerts were lost (read the overlaps again); 0 otherwise. */
  dropped: Scalars['Int']['output'];
  kind: OverlapAlertKind;
  /** The new or changed overlap; null for DROPPED. */
  overlap?: Maybe<Overlap>;
};

/** What an overlap alert reports. */
export type OverlapAlertKind =
  /** A pair whose score the write changed. */
  | 'CHANGED'
  /** This client read too slowly: the server kept at most a fixed number of alerts for it and dropped the next ones. */
  | 'DROPPED'
  /** A pair that did not overlap before the write. */
  | 'NEW';

export type OverlapConnection = {
  __typename?: 'OverlapConnection';
  edges: Array<OverlapEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /**
   * Missions and activities without any date (in the country, on the function): a question about
   * a day or a period leaves them out, since nothing says they were there then, unless it is
   * asked with includeUndated; a question without at/from/to includes them.
   */
  undated: Scalars['Int']['output'];
};

export type OverlapEdge = {
  __typename?: 'OverlapEdge';
  cursor: Scalars['String']['output'];
  node: Overlap;
};

export type OverlapPlace = {
  __typename?: 'OverlapPlace';
  /** The areas both sides name, as their sources spell them (names and codes); none at COUNTRY level. */
  areas: Array<Scalars['String']['output']>;
  level: PlaceLevel;
};

/** One side of an overlap. */
export type OverlapSide = {
  __typename?: 'OverlapSide';
  actors: Array<Actor>;
  from?: Maybe<Scalars['Date']['output']>;
  functions: Array<Function>;
  subject: Subject;
  to?: Maybe<Scalars['Date']['output']>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PassedFunding = {
  __typename?: 'PassedFunding';
  amount: Scalars['Float']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  from: Activity;
  funder: Actor;
  to: Activity;
};

/** A span of days, both ends included; a null end means ongoing, a null start unknown. */
export type Period = {
  __typename?: 'Period';
  from?: Maybe<Scalars['Date']['output']>;
  to?: Maybe<Scalars['Date']['output']>;
};

/** A part of a mission's personnel. */
export type PersonnelComponent =
  | 'CIVILIAN'
  | 'MILITARY'
  | 'POLICE'
  /** A figure not split by component. */
  | 'TOTAL';

/** Where the two sides of an overlap meet within their country. */
export type PlaceLevel =
  /** Both name a common first-level area (province, state, region). */
  | 'ADMIN1'
  /** Both name a common second-level area (district). */
  | 'ADMIN2'
  /** One side (or both) names no area within the country: they may or may not work in the same place. */
  | 'COUNTRY';

export type Query = {
  __typename?: 'Query';
  /** Administrators only. */
  accounts: AccountConnection;
  activities: ActivityConnection;
  activity?: Maybe<Activity>;
  actor?: Maybe<Actor>;
  /** Probable duplicate organisations: the same IATI identifier, or one name holding every word of the other. */
  actorDuplicates: Array<ActorDuplicate>;
  actors: ActorConnection;
  /** Administrators only; newest first. */
  auditEvents: AuditEventConnection;
  /**
   * Authorised versus deployed personnel of the missions present in the country on the day
   * (today when omitted), mandated for the function when given: per component, the ceiling of
   * the mandate in force, the latest deployed figure and the gap; per contributor, its latest
   * figure.
   */
  capacity: Array<MissionCapacity>;
  cluster?: Maybe<Cluster>;
  clusters: ClusterConnection;
  /** Actors ranked by their record on the missions that answer function (the regionalClusters rule). */
  comparativeStrengths: Array<Strength>;
  countries: CountryConnection;
  country?: Maybe<Country>;
  /**
   * Per country with anything present in the window (and on the function, when given), or with
   * records without dates, what is there. Without at/from/to: at any time. Records without any
   * date are counted in undated, and in the other counts only with includeUndated. overlaps
   * counts the pairs overlaps lists with the same arguments (includeLabels: pairs that share only
   * a sector label too; it costs the map more: docs/performance.md).
   */
  countrySummaries: Array<CountrySummary>;
  coverage: Coverage;
  /**
   * Who works on a function (with its sub-functions) in a country, on a day (at) or during a
   * period (from/to), through missions they lead or contribute to and activities they implement
   * or fund. Records coded only with a parent of the function (BROADER) are left out unless
   * includeBroader. Without at/from/to: at any time. Records without any date are left out of a day or
   * a period unless includeUndated; undated says how many there are.
   */
  engagements: EngagementConnection;
  /** The whole graph as a concord-dataset/1 document. */
  exportDataset: Scalars['String']['output'];
  /**
   * How the money for a function in a country during a year is split among funders: the
   * activities coded with the function or a sub-function, and those coded only with a parent when
   * includeBroader.
   */
  fragmentation: Fragmentation;
  function: Function;
  functions: Array<Function>;
  /**
   * A funder's funding added up by year, currency, country and function. country and function
   * (sub-functions included) keep the activities in them; year keeps that year's fundings and the
   * undated ones of activities that ran in it (the fragmentation query's rule).
   */
  fundingTotals: FundingTotals;
  /**
   * For each gap of the country on the day — a mandated function nobody covers, or a function
   * worked on without a lead — the actors ranked by evidence: comparative strength in the
   * function, presence in the country or its region, mission models that suit, and current load.
   * function narrows the gaps to it and its sub-functions; first is how many candidates each
   * gap lists (at most 20).
   */
  gapFillers: Array<Gap>;
  /** Countries and functions with no lead, or with competing leads, at a date. */
  leadProblems: Array<LeadProblem>;
  leads: Array<Lead>;
  lesson?: Maybe<Lesson>;
  lessons: LessonConnection;
  mandate?: Maybe<Mandate>;
  /**
   * The mandates expiring from from to to (at most five years), soonest first, in a country and
   * by an issuing body when given: each with the functions it covers, what in each country
   * depends on it alone on its last day, and who else covers the same functions. The same
   * calendar in iCalendar (RFC 5545) is at /calendar/mandate-renewals.ics for calendar apps.
   */
  mandateRenewals: Array<MandateRenewal>;
  mandates: MandateConnection;
  /** The signed-in account, or null. */
  me?: Maybe<Account>;
  mission?: Maybe<Mission>;
  missions: MissionConnection;
  nestedDeployments: Array<NestedDeployment>;
  /** focus: a network id such as mission:unmik, actor:eu, country:XKX, cluster:sahel. */
  network: Network;
  /** Any node by its id: an actor, mission, mandate, activity, cluster or lesson. */
  node?: Maybe<Node>;
  /**
   * Pairs of distinct missions or activities that work on a common function (or, with
   * includeLabels, a common function or sector label), in a common place of the same country, in
   * intersecting periods; highest score first.
   * With a function, only missions and activities that answer it take part (coded with it or a
   * sub-function, or only with a parent when includeBroader) and a pair shares a function under
   * it. With a label (a sector that maps to no function, as Activity.labels spells it; case does
   * not matter), only activities that carry it take part and a pair shares it.
   * Places: two records meet when either names no area (place COUNTRY: it may work anywhere in
   * the country); when both name second-level areas, where they share one; else where they share
   * a first-level area. admin1 and admin2 (a name or a code, as the records give them; they need
   * a country) keep the records in that area and those that name none.
   * actor: only pairs one side of which that actor leads, contributes to, implements or funds
   * (a donor auditing its own portfolio).
   */
  overlaps: OverlapConnection;
  region?: Maybe<Region>;
  /**
   * Regional clusters of missions. With a function, only missions that answer it take part: coded
   * with it or a sub-function, or only with a parent when includeBroader (docs/functions.md).
   */
  regionalClusters: RegionalClusters;
  regions: Array<Region>;
  /** Full-text search over lessons learned, best first. */
  searchLessons: Array<LessonHit>;
  /** Succession chains through a country or a mission. */
  transitions: Array<TransitionChain>;
  /**
   * Who does what where in a country: its activities, one line per organisation, own function or
   * sector label, and first-level area, with the districts and the number of activities. The
   * filters are those of overlaps (function with includeBroader, label, admin1, admin2, the day
   * or period, includeUndated); an area keeps the activities that name it and those that name
   * none.
   */
  whoWhatWhere: WhoWhatWhere;
  /**
   * If this actor left (or this mission ended) on the day at, what would be left: for each
   * (country, function[, province]) it works on that day, who else still does (with their end),
   * whether it loses its only engagement, and whether it loses its lead; and the funded
   * activities it alone implements. Name exactly one of actor and mission; country narrows it to
   * one country. Only what the caller may see is counted, on either side.
   */
  withdrawalImpact: WithdrawalImpact;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  record?: InputMaybe<Scalars['ID']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCapacityArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  country: Scalars['String']['input'];
  function?: InputMaybe<FunctionCode>;
};


export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClusterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComparativeStrengthsArgs = {
  function?: InputMaybe<FunctionCode>;
  includeBroader?: InputMaybe<Scalars['Boolean']['input']>;
  model?: InputMaybe<MissionModel>;
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCountryArgs = {
  code: Scalars['ID']['input'];
};


export type QueryCountrySummariesArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  function?: InputMaybe<FunctionCode>;
  includeBroader?: InputMaybe<Scalars['Boolean']['input']>;
  includeLabels?: InputMaybe<Scalars['Boolean']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryCoverageArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  country: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  threshold?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryEngagementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  country: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  function?: InputMaybe<FunctionCode>;
  includeBroader?: InputMaybe<Scalars['Boolean']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryFragmentationArgs = {
  country: Scalars['String']['input'];
  function: FunctionCode;
  includeBroader?: InputMaybe<Scalars['Boolean']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryFunctionArgs = {
  code: FunctionCode;
};


export type QueryFundingTotalsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  function?: InputMaybe<FunctionCode>;
  funder: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGapFillersArgs = {
  at: Scalars['Date']['input'];
  country: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  function?: InputMaybe<FunctionCode>;
};


export type QueryLeadProblemsArgs = {
  at: Scalars['Date']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLeadsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLessonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLessonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LessonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMandateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMandateRenewalsArgs = {
  body?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryMandatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MandateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNestedDeploymentsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryNetworkArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  edgeTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  focus: Scalars['ID']['input'];
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  nodeTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOverlapsArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  admin1?: InputMaybe<Scalars['String']['input']>;
  admin2?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  function?: InputMaybe<FunctionCode>;
  includeBroader?: InputMaybe<Scalars['Boolean']['input']>;
  includeLabels?: InputMaybe<Scalars['Boolean']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionalClustersArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  function?: InputMaybe<FunctionCode>;
  includeBroader?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySearchLessonsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryTransitionsArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  mission?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWhoWhatWhereArgs = {
  admin1?: InputMaybe<Scalars['String']['input']>;
  admin2?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  country: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  function?: InputMaybe<FunctionCode>;
  includeBroader?: InputMaybe<Scalars['Boolean']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryWithdrawalImpactArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  at: Scalars['Date']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
  mission?: InputMaybe<Scalars['ID']['input']>;
};

/** A UN M49 geographic region (built-in, read-only). */
export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  countries: Array<Country>;
  name: Scalars['String']['output'];
  parent?: Maybe<Region>;
};

export type RegionalClusters = {
  __typename?: 'RegionalClusters';
  computed: Array<ComputedCluster>;
  curated: Array<CuratedCluster>;
};

/** A mission or activity that keeps working on a cell after the withdrawal. */
export type RemainingEngagement = {
  __typename?: 'RemainingEngagement';
  /** Its working actors (lead, contributor, implementer) other than the one leaving. */
  actors: Array<Actor>;
  /**
   * It names no area within the country, so it may or may not work in the cell's province (set
   * only on cells with a province).
   */
  countryWide: Scalars['Boolean']['output'];
  subject: Subject;
  /** The last day of its period; null when open-ended. */
  until?: Maybe<Scalars['Date']['output']>;
};

/** A (country, function) an expiring mandate covers through one of its missions, on its last day. */
export type RenewalCell = {
  __typename?: 'RenewalCell';
  country: Country;
  /** Not kept, and nobody else works on it that day: it depends on this mandate alone. */
  dependsOnItAlone: Scalars['Boolean']['output'];
  function: Function;
  /** The mission keeps the function through another mandate in force after the expiry. */
  keptByMission: Scalars['Boolean']['output'];
  mission: Mission;
  /** Who else works on it that day, soonest end first. */
  others: Array<RemainingEngagement>;
};

/** A signed-in session: send accessToken as 'Authorization: Bearer …'; exchange refreshToken, once, for the next session. */
export type Session = {
  __typename?: 'Session';
  accessToken: Scalars['String']['output'];
  account: Account;
  expiresAt: Scalars['String']['output'];
  refreshToken: Scalars['String']['output'];
};

export type Share = {
  __typename?: 'Share';
  actor: Actor;
  amount: Scalars['Float']['output'];
  share: Scalars['Float']['output'];
};

export type SkipReason = {
  __typename?: 'SkipReason';
  count: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** An actor's record, ranked, with the evidence behind the rank. */
export type Strength = {
  __typename?: 'Strength';
  actor: Actor;
  contributed: Scalars['Int']['output'];
  countries: Array<Country>;
  explanation: Scalars['String']['output'];
  led: Scalars['Int']['output'];
  missionYears: Scalars['Float']['output'];
  missions: Array<Mission>;
  models: Array<MissionModel>;
  personnel?: Maybe<Scalars['Int']['output']>;
  rank: Scalars['Int']['output'];
  regions: Array<Region>;
  score: Scalars['Float']['output'];
};

/** A mission or an activity. */
export type Subject = Activity | Mission;

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Sends each overlap that a write or an import creates (NEW) or rescores (CHANGED), the moment
   * it is committed, among those the subscription watches: a country or an actor (or both),
   * optionally one function, scoring at least minScore. What overlaps when the subscription
   * starts is its starting point, not news. Under the visibility rule of the connection's token,
   * which is checked when the connection opens; the connection closes when the token expires.
   */
  overlapAlerts: OverlapAlert;
};


export type SubscriptionOverlapAlertsArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  function?: InputMaybe<FunctionCode>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};

/** A succession chain of missions. */
export type TransitionChain = {
  __typename?: 'TransitionChain';
  /** The SUCCEEDS links form a cycle: a data error, reported, not followed. */
  cyclic: Scalars['Boolean']['output'];
  missions: Array<Mission>;
  steps: Array<TransitionStep>;
};

export type TransitionStep = {
  __typename?: 'TransitionStep';
  country?: Maybe<Country>;
  from: Mission;
  fromEnd?: Maybe<Scalars['Date']['output']>;
  functionsAdded: Array<Function>;
  functionsDropped: Array<Function>;
  functionsKept: Array<Function>;
  /** Days between the predecessor's end and the successor's start; negative: they overlapped; null: unknown. */
  gapDays?: Maybe<Scalars['Int']['output']>;
  leadFrom?: Maybe<Actor>;
  leadTo?: Maybe<Actor>;
  modelFrom: MissionModel;
  modelTo: MissionModel;
  personnelFrom?: Maybe<Scalars['Int']['output']>;
  personnelTo?: Maybe<Scalars['Int']['output']>;
  to: Mission;
  toStart?: Maybe<Scalars['Date']['output']>;
};

/** An activity whose only implementer leaves: its funders' money has nobody to spend it. */
export type UnimplementedFunding = {
  __typename?: 'UnimplementedFunding';
  activity: Activity;
  country: Country;
  funders: Array<Actor>;
  until?: Maybe<Scalars['Date']['output']>;
};

export type UpdateAccountInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  org?: InputMaybe<Scalars['ID']['input']>;
  /** A new password; every refresh token of the account is revoked. */
  password?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<AccountRole>>;
};

export type UpdateActivityInput = {
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  end?: InputMaybe<Scalars['Date']['input']>;
  functions?: InputMaybe<Array<FunctionCode>>;
  funders?: InputMaybe<Array<FundingInput>>;
  implementers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Administrators only; officers' records belong to their organisation. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  start?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are. */
export type UpdateActorInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  kind?: InputMaybe<ActorKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  ref?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateClusterInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLessonInput = {
  about?: InputMaybe<LessonAboutInput>;
  author?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMandateInput = {
  adopted?: InputMaybe<Scalars['Date']['input']>;
  body?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  expires?: InputMaybe<Scalars['Date']['input']>;
  functions?: InputMaybe<Array<FunctionCode>>;
  /** Administrators only; officers' records belong to their organisation. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; a list given replaces the old one. */
export type UpdateMissionInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  clusters?: InputMaybe<Array<Scalars['ID']['input']>>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  contributors?: InputMaybe<Array<ContributionInput>>;
  deployments?: InputMaybe<Array<DeploymentInput>>;
  end?: InputMaybe<Scalars['Date']['input']>;
  lead?: InputMaybe<Scalars['ID']['input']>;
  mandates?: InputMaybe<Array<Scalars['ID']['input']>>;
  model?: InputMaybe<MissionModel>;
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Administrators only; officers' records belong to their organisation. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  start?: InputMaybe<Scalars['Date']['input']>;
  succeeds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * One line of who does what where (the 3W): an organisation working on a function or a sector
 * label in a first-level area of a country, through its activities there.
 */
export type WhereRow = {
  __typename?: 'WhereRow';
  activities: Scalars['Int']['output'];
  /** The implementing organisation (the funder, when an activity names no implementer). */
  actor: Actor;
  /** The first-level area as the activities name it (name and code); empty when they name none: country-wide. */
  admin1: Array<Scalars['String']['output']>;
  /** The second-level areas the activities name there. */
  admin2: Array<Scalars['String']['output']>;
  /** The function, as the activities are coded with it; null when the line is a sector label. */
  function?: Maybe<Function>;
  /** A sector that maps to no function, as the activities name it; null when the line is a function. */
  label?: Maybe<Scalars['String']['output']>;
};

export type WhoWhatWhere = {
  __typename?: 'WhoWhatWhere';
  rows: Array<WhereRow>;
  /**
   * Activities without any date in the country (for the function, label and area): a question
   * about a day or a period leaves them out unless asked with includeUndated.
   */
  undated: Scalars['Int']['output'];
};

/**
 * A (country, function[, province]) that an actor's departure or a mission's end touches: who
 * else keeps working on it that day, whether it loses its only engagement, whether it loses its
 * lead.
 */
export type WithdrawalCell = {
  __typename?: 'WithdrawalCell';
  /** The province, when the leaving record names provinces; null when it works country-wide. */
  admin1?: Maybe<Scalars['String']['output']>;
  country: Country;
  function: Function;
  /** The missions and activities through which the leaving side works on it, with its role. */
  leaving: Array<CoverageSubject>;
  /** Nobody else works on it that day: others is empty. */
  losesOnlyEngagement: Scalars['Boolean']['output'];
  /** The lead in force that goes with the withdrawal; null when the lead stays or there is none. */
  lostLead?: Maybe<Actor>;
  /** Who keeps working on it, soonest end first (open-ended last). */
  others: Array<RemainingEngagement>;
};

/** What a withdrawal leaves behind on its day. */
export type WithdrawalImpact = {
  __typename?: 'WithdrawalImpact';
  actor?: Maybe<Actor>;
  at: Scalars['Date']['output'];
  cells: Array<WithdrawalCell>;
  fundingWithoutImplementer: Array<UnimplementedFunding>;
  mission?: Maybe<Mission>;
};

export type PickActorsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PickActorsQuery = { __typename?: 'Query', actors: { __typename?: 'ActorConnection', edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }> } };

export type PickMandatesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PickMandatesQuery = { __typename?: 'Query', mandates: { __typename?: 'MandateConnection', edges: Array<{ __typename?: 'MandateEdge', node: { __typename?: 'Mandate', id: string, reference: string } }> } };

export type PickCountriesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PickCountriesQuery = { __typename?: 'Query', countries: { __typename?: 'CountryConnection', edges: Array<{ __typename?: 'CountryEdge', node: { __typename?: 'Country', code: string, name: string } }> } };

export type PickedNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  actor: Scalars['Boolean']['input'];
  mandate: Scalars['Boolean']['input'];
  country: Scalars['Boolean']['input'];
}>;


export type PickedNameQuery = { __typename?: 'Query', actor?: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } | null, mandate?: { __typename?: 'Mandate', id: string, reference: string } | null, country?: { __typename?: 'Country', code: string, name: string } | null };

export type AccountsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AccountEdge', node: { __typename?: 'Account', id: string, email: string, name?: string | null, roles: Array<AccountRole>, disabled: boolean, version: number, org?: { __typename?: 'Actor', id: string, name: string } | null } }> } };

export type AccountFieldsFragment = { __typename?: 'Account', id: string, email: string, name?: string | null, roles: Array<AccountRole>, disabled: boolean, version: number, org?: { __typename?: 'Actor', id: string, name: string } | null };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string, email: string, name?: string | null, roles: Array<AccountRole>, disabled: boolean, version: number, org?: { __typename?: 'Actor', id: string, name: string } | null } };

export type UpdateAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'Account', id: string, email: string, name?: string | null, roles: Array<AccountRole>, disabled: boolean, version: number, org?: { __typename?: 'Actor', id: string, name: string } | null } };

export type DeleteAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAccountMutation = { __typename?: 'Mutation', deleteAccount: string };

export type OverlapAlertsSubscriptionVariables = Exact<{
  country?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['ID']['input']>;
  function?: InputMaybe<FunctionCode>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
}>;


export type OverlapAlertsSubscription = { __typename?: 'Subscription', overlapAlerts: { __typename?: 'OverlapAlert', kind: OverlapAlertKind, dropped: number, overlap?: { __typename?: 'Overlap', score: number, explanation: string, sharedFunctions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, a: { __typename?: 'OverlapSide', subject:
          | { __typename: 'Activity', id: string, title: string }
          | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
         }, b: { __typename?: 'OverlapSide', subject:
          | { __typename: 'Activity', id: string, title: string }
          | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
         } } | null } };

export type AlertSideFragment = { __typename?: 'OverlapSide', subject:
    | { __typename: 'Activity', id: string, title: string }
    | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
   };

export type AuditActorSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type AuditActorSearchQuery = { __typename?: 'Query', actors: { __typename?: 'ActorConnection', totalCount: number, edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }> } };

export type AuditActorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditActorQuery = { __typename?: 'Query', actor?: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } | null };

export type AuditOverlapsQueryVariables = Exact<{
  country: Scalars['String']['input'];
  actor: Scalars['ID']['input'];
  function?: InputMaybe<FunctionCode>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditOverlapsQuery = { __typename?: 'Query', overlaps: { __typename?: 'OverlapConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OverlapEdge', node: { __typename?: 'Overlap', score: number, explanation: string, from?: string | null, to?: string | null, country: { __typename?: 'Country', code: string, name: string }, sharedFunctions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, a: { __typename?: 'OverlapSide', subject:
            | { __typename: 'Activity', id: string, title: string }
            | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
          , actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> }, b: { __typename?: 'OverlapSide', subject:
            | { __typename: 'Activity', id: string, title: string }
            | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
          , actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> } } }> } };

export type AuditOverlapSideFragment = { __typename?: 'OverlapSide', subject:
    | { __typename: 'Activity', id: string, title: string }
    | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
  , actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> };

export type AuditFragmentationQueryVariables = Exact<{
  country: Scalars['String']['input'];
  function: FunctionCode;
  year: Scalars['Int']['input'];
}>;


export type AuditFragmentationQuery = { __typename?: 'Query', fragmentation: { __typename?: 'Fragmentation', year: number, funders: number, implementers: number, currency?: string | null, total: number, hhi: number, notes: Array<string>, country: { __typename?: 'Country', code: string, name: string }, function: { __typename?: 'Function', code: FunctionCode, name: string }, shares: Array<{ __typename?: 'Share', amount: number, share: number, actor: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }>, passedOn: Array<{ __typename?: 'PassedFunding', amount: number, currency?: string | null, funder: { __typename?: 'Actor', id: string, name: string, acronym?: string | null }, from: { __typename?: 'Activity', id: string, title: string }, to: { __typename?: 'Activity', id: string, title: string } }> } };

export type FundedActivitiesQueryVariables = Exact<{
  funder: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FundedActivitiesQuery = { __typename?: 'Query', activities: { __typename?: 'ActivityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, start?: string | null, end?: string | null, status?: string | null, countries: Array<{ __typename?: 'Country', code: string, name: string }>, regions: Array<{ __typename?: 'IatiRegion', vocabulary: string, code: string, name?: string | null }>, functions: Array<{ __typename?: 'Function', code: FunctionCode, name: string, parent?: { __typename?: 'Function', code: FunctionCode } | null }>, implementers: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }>, funders: Array<{ __typename?: 'Funding', amount?: number | null, currency?: string | null, year?: number | null, funder: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }> } }> } };

export type AuditFundingTotalsQueryVariables = Exact<{
  funder: Scalars['ID']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
  function?: InputMaybe<FunctionCode>;
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditFundingTotalsQuery = { __typename?: 'Query', fundingTotals: { __typename?: 'FundingTotals', activities: number, fundings: number, unknownAmounts: number, total: Array<{ __typename?: 'Money', currency?: string | null, amount: number }>, byYear: Array<{ __typename?: 'FundingBucket', year?: number | null, activities: number, amounts: Array<{ __typename?: 'Money', currency?: string | null, amount: number }> }>, byCountry: Array<{ __typename?: 'FundingBucket', activities: number, country?: { __typename?: 'Country', code: string, name: string } | null, amounts: Array<{ __typename?: 'Money', currency?: string | null, amount: number }> }>, byFunction: Array<{ __typename?: 'FundingBucket', activities: number, function?: { __typename?: 'Function', code: FunctionCode, name: string } | null, amounts: Array<{ __typename?: 'Money', currency?: string | null, amount: number }> }>, byCountryFunction: Array<{ __typename?: 'FundingBucket', activities: number, country?: { __typename?: 'Country', code: string, name: string } | null, function?: { __typename?: 'Function', code: FunctionCode, name: string } | null }> } };

export type AuditBucketFragment = { __typename?: 'FundingBucket', activities: number, amounts: Array<{ __typename?: 'Money', currency?: string | null, amount: number }> };

export type AuditMoneyFragment = { __typename?: 'Money', currency?: string | null, amount: number };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Session', accessToken: string, refreshToken: string, expiresAt: string, account: { __typename?: 'Account', email: string, roles: Array<AccountRole>, org?: { __typename?: 'Actor', id: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type CountryMissionsQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type CountryMissionsQuery = { __typename?: 'Query', country?: { __typename?: 'Country', code: string, name: string, missions: Array<{ __typename?: 'Mission', id: string, name: string, acronym?: string | null, start?: string | null, end?: string | null, model: MissionModel }> } | null };

export type CoverageQueryVariables = Exact<{
  country: Scalars['String']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CoverageQuery = { __typename?: 'Query', coverage: { __typename?: 'Coverage', threshold: number, undated: number, functions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }>, cells: Array<{ __typename?: 'CoverageCell', direct: boolean, lead: boolean, function: { __typename?: 'Function', code: FunctionCode }, actor: { __typename?: 'Actor', id: string }, subjects: Array<{ __typename?: 'CoverageSubject', role: EngagementRole, subject:
          | { __typename: 'Activity', id: string, title: string }
          | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
         }> }>, mandated: Array<{ __typename?: 'Function', code: FunctionCode }>, gaps: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, fragmented: Array<{ __typename?: 'FragmentedCell', function: { __typename?: 'Function', code: FunctionCode }, actors: Array<{ __typename?: 'Actor', id: string }> }> } };

export type OverlapsQueryVariables = Exact<{
  country: Scalars['String']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
  function?: InputMaybe<FunctionCode>;
  label?: InputMaybe<Scalars['String']['input']>;
  includeLabels?: InputMaybe<Scalars['Boolean']['input']>;
  admin1?: InputMaybe<Scalars['String']['input']>;
  admin2?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverlapsQuery = { __typename?: 'Query', overlaps: { __typename?: 'OverlapConnection', totalCount: number, edges: Array<{ __typename?: 'OverlapEdge', node: { __typename?: 'Overlap', score: number, explanation: string, from?: string | null, to?: string | null, sharedLabels: Array<string>, sharedFunctions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, place: { __typename?: 'OverlapPlace', level: PlaceLevel, areas: Array<string> }, a: { __typename?: 'OverlapSide', from?: string | null, to?: string | null, subject:
            | { __typename: 'Activity', id: string, title: string }
            | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
          , actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> }, b: { __typename?: 'OverlapSide', from?: string | null, to?: string | null, subject:
            | { __typename: 'Activity', id: string, title: string }
            | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
          , actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> } } }> } };

export type OverlapSideFieldsFragment = { __typename?: 'OverlapSide', from?: string | null, to?: string | null, subject:
    | { __typename: 'Activity', id: string, title: string }
    | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
  , actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> };

export type WhoWhatWhereQueryVariables = Exact<{
  country: Scalars['String']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type WhoWhatWhereQuery = { __typename?: 'Query', whoWhatWhere: { __typename?: 'WhoWhatWhere', undated: number, rows: Array<{ __typename?: 'WhereRow', label?: string | null, admin1: Array<string>, admin2: Array<string>, activities: number, actor: { __typename?: 'Actor', id: string, name: string, acronym?: string | null }, function?: { __typename?: 'Function', code: FunctionCode, name: string } | null }> } };

export type GapFillersQueryVariables = Exact<{
  country: Scalars['String']['input'];
  at: Scalars['Date']['input'];
}>;


export type GapFillersQuery = { __typename?: 'Query', gapFillers: Array<{ __typename?: 'Gap', kind: GapKind, function: { __typename?: 'Function', code: FunctionCode, name: string }, candidates: Array<{ __typename?: 'GapFiller', rank: number, score: number, reasons: Array<string>, actor: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }> }> };

export type CapacityQueryVariables = Exact<{
  country: Scalars['String']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CapacityQuery = { __typename?: 'Query', capacity: Array<{ __typename?: 'MissionCapacity', mission: { __typename?: 'Mission', id: string, acronym?: string | null, name: string }, components: Array<{ __typename?: 'ComponentCapacity', component: PersonnelComponent, authorised?: number | null, deployed?: number | null, deployedOn?: string | null, deployedSource?: string | null, gap?: number | null, authorisedBy?: { __typename?: 'Mandate', id: string, reference: string } | null }>, contributors: Array<{ __typename?: 'DeployedHeadcount', date: string, component: PersonnelComponent, number: number, contributor?: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } | null }> }> };

export type ActorDuplicatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorDuplicatesQuery = { __typename?: 'Query', actorDuplicates: Array<{ __typename?: 'ActorDuplicate', reason: string, a: { __typename?: 'Actor', id: string, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string, name: string } | null }, b: { __typename?: 'Actor', id: string, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string, name: string } | null } }> };

export type DuplicateActorFieldsFragment = { __typename?: 'Actor', id: string, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string, name: string } | null };

export type MergeActorsMutationVariables = Exact<{
  keep: Scalars['ID']['input'];
  drop: Scalars['ID']['input'];
}>;


export type MergeActorsMutation = { __typename?: 'Mutation', mergeActors: { __typename?: 'Actor', id: string, name: string, aliases: Array<string> } };

export type ActivityForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityForEditQuery = { __typename?: 'Query', activity?: { __typename?: 'Activity', id: string, version: number, title: string, description?: string | null, start?: string | null, end?: string | null, confidential: boolean, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, implementers: Array<{ __typename?: 'Actor', id: string }>, funders: Array<{ __typename?: 'Funding', amount?: number | null, currency?: string | null, year?: number | null, funder: { __typename?: 'Actor', id: string } }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } | null };

export type ActivityEditFieldsFragment = { __typename?: 'Activity', id: string, version: number, title: string, description?: string | null, start?: string | null, end?: string | null, confidential: boolean, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, implementers: Array<{ __typename?: 'Actor', id: string }>, funders: Array<{ __typename?: 'Funding', amount?: number | null, currency?: string | null, year?: number | null, funder: { __typename?: 'Actor', id: string } }>, owner?: { __typename?: 'Actor', id: string, name: string } | null };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { __typename?: 'Mutation', createActivity: { __typename?: 'Activity', id: string, version: number, title: string, description?: string | null, start?: string | null, end?: string | null, confidential: boolean, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, implementers: Array<{ __typename?: 'Actor', id: string }>, funders: Array<{ __typename?: 'Funding', amount?: number | null, currency?: string | null, year?: number | null, funder: { __typename?: 'Actor', id: string } }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } };

export type UpdateActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateActivityInput;
}>;


export type UpdateActivityMutation = { __typename?: 'Mutation', updateActivity: { __typename?: 'Activity', id: string, version: number, title: string, description?: string | null, start?: string | null, end?: string | null, confidential: boolean, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, implementers: Array<{ __typename?: 'Actor', id: string }>, funders: Array<{ __typename?: 'Funding', amount?: number | null, currency?: string | null, year?: number | null, funder: { __typename?: 'Actor', id: string } }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } };

export type ActorForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorForEditQuery = { __typename?: 'Query', actor?: { __typename?: 'Actor', id: string, version: number, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string } | null } | null };

export type ActorEditFieldsFragment = { __typename?: 'Actor', id: string, version: number, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string } | null };

export type CreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type CreateActorMutation = { __typename?: 'Mutation', createActor: { __typename?: 'Actor', id: string, version: number, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string } | null } };

export type UpdateActorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateActorInput;
}>;


export type UpdateActorMutation = { __typename?: 'Mutation', updateActor: { __typename?: 'Actor', id: string, version: number, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string } | null } };

export type DeleteMissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteMissionMutation = { __typename?: 'Mutation', deleteMission: string };

export type DeleteMandateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteMandateMutation = { __typename?: 'Mutation', deleteMandate: string };

export type DeleteActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteActivityMutation = { __typename?: 'Mutation', deleteActivity: string };

export type DeleteLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteLessonMutation = { __typename?: 'Mutation', deleteLesson: string };

export type DeleteActorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteActorMutation = { __typename?: 'Mutation', deleteActor: string };

export type FindMissionsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type FindMissionsQuery = { __typename?: 'Query', missions: { __typename?: 'MissionConnection', totalCount: number, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, name: string, acronym?: string | null, owner?: { __typename?: 'Actor', id: string, name: string } | null } }> } };

export type FindMandatesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type FindMandatesQuery = { __typename?: 'Query', mandates: { __typename?: 'MandateConnection', totalCount: number, edges: Array<{ __typename?: 'MandateEdge', node: { __typename?: 'Mandate', id: string, reference: string, owner?: { __typename?: 'Actor', id: string, name: string } | null } }> } };

export type FindActivitiesQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type FindActivitiesQuery = { __typename?: 'Query', activities: { __typename?: 'ActivityConnection', totalCount: number, edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, owner?: { __typename?: 'Actor', id: string, name: string } | null } }> } };

export type FindActorsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type FindActorsQuery = { __typename?: 'Query', actors: { __typename?: 'ActorConnection', edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }> } };

export type FindLessonsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type FindLessonsQuery = { __typename?: 'Query', searchLessons: Array<{ __typename?: 'LessonHit', lesson: { __typename?: 'Lesson', id: string, title: string } }> };

export type LeadsInCountryQueryVariables = Exact<{
  country: Scalars['String']['input'];
}>;


export type LeadsInCountryQuery = { __typename?: 'Query', leads: Array<{ __typename?: 'Lead', from?: string | null, to?: string | null, note?: string | null, actor: { __typename?: 'Actor', id: string, name: string, acronym?: string | null }, country: { __typename?: 'Country', code: string, name: string }, function: { __typename?: 'Function', code: FunctionCode, name: string } }> };

export type SetLeadMutationVariables = Exact<{
  input: LeadInput;
}>;


export type SetLeadMutation = { __typename?: 'Mutation', setLead: { __typename?: 'Lead', from?: string | null, actor: { __typename?: 'Actor', id: string }, function: { __typename?: 'Function', code: FunctionCode } } };

export type DeleteLeadMutationVariables = Exact<{
  input: LeadInput;
}>;


export type DeleteLeadMutation = { __typename?: 'Mutation', deleteLead: boolean };

export type LessonForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LessonForEditQuery = { __typename?: 'Query', lesson?: { __typename?: 'Lesson', id: string, version: number, title: string, text: string, date?: string | null, confidential: boolean, sources: Array<string>, author?: { __typename?: 'Actor', id: string, name: string } | null, missions: Array<{ __typename?: 'Mission', id: string }>, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }> } | null };

export type LessonEditFieldsFragment = { __typename?: 'Lesson', id: string, version: number, title: string, text: string, date?: string | null, confidential: boolean, sources: Array<string>, author?: { __typename?: 'Actor', id: string, name: string } | null, missions: Array<{ __typename?: 'Mission', id: string }>, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }> };

export type CreateLessonMutationVariables = Exact<{
  input: CreateLessonInput;
}>;


export type CreateLessonMutation = { __typename?: 'Mutation', createLesson: { __typename?: 'Lesson', id: string, version: number, title: string, text: string, date?: string | null, confidential: boolean, sources: Array<string>, author?: { __typename?: 'Actor', id: string, name: string } | null, missions: Array<{ __typename?: 'Mission', id: string }>, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }> } };

export type UpdateLessonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateLessonInput;
}>;


export type UpdateLessonMutation = { __typename?: 'Mutation', updateLesson: { __typename?: 'Lesson', id: string, version: number, title: string, text: string, date?: string | null, confidential: boolean, sources: Array<string>, author?: { __typename?: 'Actor', id: string, name: string } | null, missions: Array<{ __typename?: 'Mission', id: string }>, countries: Array<{ __typename?: 'Country', code: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode }> } };

export type MandateForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MandateForEditQuery = { __typename?: 'Query', mandate?: { __typename?: 'Mandate', id: string, version: number, reference: string, adopted?: string | null, expires?: string | null, confidential: boolean, body: { __typename?: 'Actor', id: string }, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } | null };

export type MandateEditFieldsFragment = { __typename?: 'Mandate', id: string, version: number, reference: string, adopted?: string | null, expires?: string | null, confidential: boolean, body: { __typename?: 'Actor', id: string }, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, owner?: { __typename?: 'Actor', id: string, name: string } | null };

export type CreateMandateMutationVariables = Exact<{
  input: CreateMandateInput;
}>;


export type CreateMandateMutation = { __typename?: 'Mutation', createMandate: { __typename?: 'Mandate', id: string, version: number, reference: string, adopted?: string | null, expires?: string | null, confidential: boolean, body: { __typename?: 'Actor', id: string }, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } };

export type UpdateMandateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateMandateInput;
}>;


export type UpdateMandateMutation = { __typename?: 'Mutation', updateMandate: { __typename?: 'Mandate', id: string, version: number, reference: string, adopted?: string | null, expires?: string | null, confidential: boolean, body: { __typename?: 'Actor', id: string }, functions: Array<{ __typename?: 'Function', code: FunctionCode }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } };

export type MissionForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MissionForEditQuery = { __typename?: 'Query', mission?: { __typename?: 'Mission', id: string, version: number, name: string, acronym?: string | null, model: MissionModel, start?: string | null, end?: string | null, sources: Array<string>, note?: string | null, confidential: boolean, lead: { __typename?: 'Actor', id: string }, deployments: Array<{ __typename?: 'Deployment', from?: string | null, to?: string | null, country: { __typename?: 'Country', code: string } }>, contributors: Array<{ __typename?: 'Contribution', role?: string | null, personnel?: number | null, actor: { __typename?: 'Actor', id: string } }>, mandates: Array<{ __typename?: 'Mandate', id: string }>, predecessors: Array<{ __typename?: 'Mission', id: string }>, clusters: Array<{ __typename?: 'Cluster', id: string }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } | null };

export type MissionEditFieldsFragment = { __typename?: 'Mission', id: string, version: number, name: string, acronym?: string | null, model: MissionModel, start?: string | null, end?: string | null, sources: Array<string>, note?: string | null, confidential: boolean, lead: { __typename?: 'Actor', id: string }, deployments: Array<{ __typename?: 'Deployment', from?: string | null, to?: string | null, country: { __typename?: 'Country', code: string } }>, contributors: Array<{ __typename?: 'Contribution', role?: string | null, personnel?: number | null, actor: { __typename?: 'Actor', id: string } }>, mandates: Array<{ __typename?: 'Mandate', id: string }>, predecessors: Array<{ __typename?: 'Mission', id: string }>, clusters: Array<{ __typename?: 'Cluster', id: string }>, owner?: { __typename?: 'Actor', id: string, name: string } | null };

export type CreateMissionMutationVariables = Exact<{
  input: CreateMissionInput;
}>;


export type CreateMissionMutation = { __typename?: 'Mutation', createMission: { __typename?: 'Mission', id: string, version: number, name: string, acronym?: string | null, model: MissionModel, start?: string | null, end?: string | null, sources: Array<string>, note?: string | null, confidential: boolean, lead: { __typename?: 'Actor', id: string }, deployments: Array<{ __typename?: 'Deployment', from?: string | null, to?: string | null, country: { __typename?: 'Country', code: string } }>, contributors: Array<{ __typename?: 'Contribution', role?: string | null, personnel?: number | null, actor: { __typename?: 'Actor', id: string } }>, mandates: Array<{ __typename?: 'Mandate', id: string }>, predecessors: Array<{ __typename?: 'Mission', id: string }>, clusters: Array<{ __typename?: 'Cluster', id: string }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } };

export type UpdateMissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateMissionInput;
}>;


export type UpdateMissionMutation = { __typename?: 'Mutation', updateMission: { __typename?: 'Mission', id: string, version: number, name: string, acronym?: string | null, model: MissionModel, start?: string | null, end?: string | null, sources: Array<string>, note?: string | null, confidential: boolean, lead: { __typename?: 'Actor', id: string }, deployments: Array<{ __typename?: 'Deployment', from?: string | null, to?: string | null, country: { __typename?: 'Country', code: string } }>, contributors: Array<{ __typename?: 'Contribution', role?: string | null, personnel?: number | null, actor: { __typename?: 'Actor', id: string } }>, mandates: Array<{ __typename?: 'Mandate', id: string }>, predecessors: Array<{ __typename?: 'Mission', id: string }>, clusters: Array<{ __typename?: 'Cluster', id: string }>, owner?: { __typename?: 'Actor', id: string, name: string } | null } };

export type EditorOptionsQueryVariables = Exact<{
  actors: Scalars['Boolean']['input'];
  countries: Scalars['Boolean']['input'];
  missions: Scalars['Boolean']['input'];
  mandates: Scalars['Boolean']['input'];
  clusters: Scalars['Boolean']['input'];
}>;


export type EditorOptionsQuery = { __typename?: 'Query', actors?: { __typename?: 'ActorConnection', edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }> }, countries?: { __typename?: 'CountryConnection', edges: Array<{ __typename?: 'CountryEdge', node: { __typename?: 'Country', code: string, name: string } }> }, missions?: { __typename?: 'MissionConnection', edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, name: string, acronym?: string | null } }> }, mandates?: { __typename?: 'MandateConnection', edges: Array<{ __typename?: 'MandateEdge', node: { __typename?: 'Mandate', id: string, reference: string } }> }, clusters?: { __typename?: 'ClusterConnection', edges: Array<{ __typename?: 'ClusterEdge', node: { __typename?: 'Cluster', id: string, name: string } }> } };

export type ImportIatiMutationVariables = Exact<{
  document: Scalars['String']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type ImportIatiMutation = { __typename?: 'Mutation', importIATI: { __typename?: 'FileImportReport', read: number, created: number, updated: number, unchanged: number, skipped: number, actorsCreated: number, reasons: Array<{ __typename?: 'SkipReason', reason: string, count: number }> } };

export type ImportHxlMutationVariables = Exact<{
  document: Scalars['String']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  dryRun: Scalars['Boolean']['input'];
}>;


export type ImportHxlMutation = { __typename?: 'Mutation', importHXL: { __typename?: 'FileImportReport', read: number, created: number, updated: number, unchanged: number, skipped: number, actorsCreated: number, reasons: Array<{ __typename?: 'SkipReason', reason: string, count: number }> } };

export type ImportDatasetMutationVariables = Exact<{
  document: Scalars['String']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type ImportDatasetMutation = { __typename?: 'Mutation', importDataset: { __typename?: 'ImportReport', created: number, updated: number, unchanged: number, counts: Array<{ __typename?: 'ImportCount', kind: string, created: number, updated: number, unchanged: number }> } };

export type CountrySummariesQueryVariables = Exact<{
  date: Scalars['Date']['input'];
  labels?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CountrySummariesQuery = { __typename?: 'Query', countrySummaries: Array<{ __typename?: 'CountrySummary', missions: number, engagements: number, overlaps: number, undated: number, country: { __typename?: 'Country', code: string, name: string } }> };

export type MissionsAtQueryVariables = Exact<{
  date: Scalars['Date']['input'];
}>;


export type MissionsAtQuery = { __typename?: 'Query', missions: { __typename?: 'MissionConnection', totalCount: number, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, deployments: Array<{ __typename?: 'Deployment', from?: string | null, to?: string | null, country: { __typename?: 'Country', code: string, name: string } }> } }> } };

export type NetworkFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkFilterChoicesQuery = { __typename?: 'Query', functions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, regions: Array<{ __typename?: 'Region', code: string, name: string }> };

export type NetworkRegionMembersQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type NetworkRegionMembersQuery = { __typename?: 'Query', region?: { __typename?: 'Region', countries: Array<{ __typename?: 'Country', code: string, missions: Array<{ __typename?: 'Mission', id: string }>, activities: Array<{ __typename?: 'Activity', id: string }> }> } | null };

export type NetworkFunctionMembersQueryVariables = Exact<{
  function: FunctionCode;
  missionsAfter?: InputMaybe<Scalars['String']['input']>;
  activitiesAfter?: InputMaybe<Scalars['String']['input']>;
  withMissions: Scalars['Boolean']['input'];
  withActivities: Scalars['Boolean']['input'];
}>;


export type NetworkFunctionMembersQuery = { __typename?: 'Query', missions?: { __typename?: 'MissionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string } }> }, activities?: { __typename?: 'ActivityConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string } }> } };

export type NetworkFocusSuggestionsQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type NetworkFocusSuggestionsQuery = { __typename?: 'Query', countries: { __typename?: 'CountryConnection', edges: Array<{ __typename?: 'CountryEdge', node: { __typename?: 'Country', code: string, name: string } }> }, actors: { __typename?: 'ActorConnection', edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }> }, missions: { __typename?: 'MissionConnection', edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, name: string, acronym?: string | null } }> } };

export type NetworkOverlapsQueryVariables = Exact<{
  country?: InputMaybe<Scalars['String']['input']>;
  function?: InputMaybe<FunctionCode>;
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type NetworkOverlapsQuery = { __typename?: 'Query', overlaps: { __typename?: 'OverlapConnection', totalCount: number, edges: Array<{ __typename?: 'OverlapEdge', node: { __typename?: 'Overlap', score: number, from?: string | null, to?: string | null, sharedFunctions: Array<{ __typename?: 'Function', code: FunctionCode }>, a: { __typename?: 'OverlapSide', subject:
            | { __typename: 'Activity', id: string }
            | { __typename: 'Mission', id: string }
           }, b: { __typename?: 'OverlapSide', subject:
            | { __typename: 'Activity', id: string }
            | { __typename: 'Mission', id: string }
           } } }> } };

export type NetworkQueryVariables = Exact<{
  focus: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  nodeTypes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  edgeTypes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type NetworkQuery = { __typename?: 'Query', network: { __typename?: 'Network', truncated: boolean, omitted: number, omittedEdges: number, nodes: Array<{ __typename?: 'NetworkNode', id: string, type: string, label: string, depth: number, attributes: Array<{ __typename?: 'Attribute', key: string, value: string }> }>, edges: Array<{ __typename?: 'NetworkEdge', id: string, source: string, target: string, type: string, attributes: Array<{ __typename?: 'Attribute', key: string, value: string }> }> } };

export type ActorProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActorProfileQuery = { __typename?: 'Query', actor?: { __typename?: 'Actor', id: string, name: string, acronym?: string | null, kind: ActorKind, ref?: string | null, aliases: Array<string>, parent?: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } | null, parts: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }>, missionsLed: Array<{ __typename?: 'Mission', id: string, name: string, acronym?: string | null, start?: string | null, end?: string | null }>, contributions: Array<{ __typename?: 'Contribution', role?: string | null, personnel?: number | null, mission: { __typename?: 'Mission', id: string, name: string, acronym?: string | null, start?: string | null, end?: string | null } }>, mandatesIssued: Array<{ __typename?: 'Mandate', id: string, reference: string, adopted?: string | null, expires?: string | null, missions: Array<{ __typename?: 'Mission', id: string, name: string, acronym?: string | null }> }>, activitiesImplemented: Array<{ __typename?: 'Activity', id: string, title: string, start?: string | null, end?: string | null }>, funding: Array<{ __typename?: 'Funding', amount?: number | null, currency?: string | null, year?: number | null, activity: { __typename?: 'Activity', id: string, title: string, start?: string | null, end?: string | null } }> } | null };

export type MissionProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MissionProfileQuery = { __typename?: 'Query', mission?: { __typename?: 'Mission', id: string, name: string, acronym?: string | null, model: MissionModel, start?: string | null, end?: string | null, note?: string | null, sources: Array<string>, confidential: boolean, owner?: { __typename?: 'Actor', id: string } | null, lead: { __typename?: 'Actor', id: string, name: string, acronym?: string | null }, contributors: Array<{ __typename?: 'Contribution', role?: string | null, personnel?: number | null, actor: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }>, mandates: Array<{ __typename?: 'Mandate', id: string, reference: string, adopted?: string | null, expires?: string | null, body: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }>, deployments: Array<{ __typename?: 'Deployment', from?: string | null, to?: string | null, country: { __typename?: 'Country', code: string, name: string } }>, functions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, predecessors: Array<{ __typename?: 'Mission', id: string, name: string, acronym?: string | null, model: MissionModel, start?: string | null, end?: string | null }>, successors: Array<{ __typename?: 'Mission', id: string, name: string, acronym?: string | null, model: MissionModel, start?: string | null, end?: string | null }>, lessons: Array<{ __typename?: 'Lesson', id: string, title: string, date?: string | null }> } | null };

export type ActivityProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityProfileQuery = { __typename?: 'Query', activity?: { __typename?: 'Activity', id: string, title: string, description?: string | null, start?: string | null, end?: string | null, status?: string | null, source?: string | null, sectors: Array<string>, labels: Array<string>, admin1: Array<string>, admin2: Array<string>, confidential: boolean, unnamedImplementers: Array<string>, owner?: { __typename?: 'Actor', id: string } | null, countries: Array<{ __typename?: 'Country', code: string, name: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, implementers: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }>, funders: Array<{ __typename?: 'Funding', amount?: number | null, currency?: string | null, year?: number | null, funder: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }>, parent?: { __typename?: 'Activity', id: string, title: string } | null, children: Array<{ __typename?: 'Activity', id: string, title: string }>, fundedBy: Array<{ __typename?: 'Activity', id: string, title: string }> } | null };

export type MandateRenewalsQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
}>;


export type MandateRenewalsQuery = { __typename?: 'Query', mandateRenewals: Array<{ __typename?: 'MandateRenewal', expires: string, mandate: { __typename?: 'Mandate', id: string, reference: string, body: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } }, missions: Array<{ __typename?: 'Mission', id: string, acronym?: string | null, name: string }>, functions: Array<{ __typename?: 'Function', code: FunctionCode, name: string }>, cells: Array<{ __typename?: 'RenewalCell', keptByMission: boolean, dependsOnItAlone: boolean, country: { __typename?: 'Country', code: string, name: string }, function: { __typename?: 'Function', code: FunctionCode, name: string }, mission: { __typename?: 'Mission', id: string, acronym?: string | null, name: string }, others: Array<{ __typename?: 'RemainingEngagement', until?: string | null, subject:
          | { __typename: 'Activity', id: string, title: string }
          | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
         }> }> }> };

export type RecordSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type RecordSearchQuery = { __typename?: 'Query', missions: { __typename?: 'MissionConnection', totalCount: number, edges: Array<{ __typename?: 'MissionEdge', node: { __typename?: 'Mission', id: string, name: string, acronym?: string | null, start?: string | null, end?: string | null } }> }, actors: { __typename?: 'ActorConnection', totalCount: number, edges: Array<{ __typename?: 'ActorEdge', node: { __typename?: 'Actor', id: string, name: string, acronym?: string | null, kind: ActorKind } }> }, activities: { __typename?: 'ActivityConnection', totalCount: number, edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, start?: string | null, end?: string | null } }> } };

export type LessonSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type LessonSearchQuery = { __typename?: 'Query', searchLessons: Array<{ __typename?: 'LessonHit', lesson: { __typename?: 'Lesson', id: string, title: string, date?: string | null, missions: Array<{ __typename?: 'Mission', id: string }>, countries: Array<{ __typename?: 'Country', code: string }> } }> };

export type CountryNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountryNamesQuery = { __typename?: 'Query', countries: { __typename?: 'CountryConnection', edges: Array<{ __typename?: 'CountryEdge', node: { __typename?: 'Country', code: string, alpha2: string, name: string } }> } };

export type WithdrawalImpactQueryVariables = Exact<{
  actor?: InputMaybe<Scalars['ID']['input']>;
  mission?: InputMaybe<Scalars['ID']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  at: Scalars['Date']['input'];
}>;


export type WithdrawalImpactQuery = { __typename?: 'Query', withdrawalImpact: { __typename?: 'WithdrawalImpact', cells: Array<{ __typename?: 'WithdrawalCell', admin1?: string | null, losesOnlyEngagement: boolean, country: { __typename?: 'Country', code: string, name: string }, function: { __typename?: 'Function', code: FunctionCode, name: string }, lostLead?: { __typename?: 'Actor', id: string, name: string, acronym?: string | null } | null, others: Array<{ __typename?: 'RemainingEngagement', until?: string | null, countryWide: boolean, subject:
          | { __typename: 'Activity', id: string, title: string }
          | { __typename: 'Mission', id: string, acronym?: string | null, name: string }
        , actors: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> }> }>, fundingWithoutImplementer: Array<{ __typename?: 'UnimplementedFunding', until?: string | null, country: { __typename?: 'Country', code: string, name: string }, activity: { __typename?: 'Activity', id: string, title: string }, funders: Array<{ __typename?: 'Actor', id: string, name: string, acronym?: string | null }> }> } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refresh: { __typename?: 'Session', accessToken: string, refreshToken: string, expiresAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  email
  name
  org {
    id
    name
  }
  roles
  disabled
  version
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const AlertSideFragmentDoc = new TypedDocumentString(`
    fragment AlertSide on OverlapSide {
  subject {
    __typename
    ... on Mission {
      id
      acronym
      name
    }
    ... on Activity {
      id
      title
    }
  }
}
    `, {"fragmentName":"AlertSide"}) as unknown as TypedDocumentString<AlertSideFragment, unknown>;
export const AuditOverlapSideFragmentDoc = new TypedDocumentString(`
    fragment AuditOverlapSide on OverlapSide {
  subject {
    __typename
    ... on Mission {
      id
      acronym
      name
    }
    ... on Activity {
      id
      title
    }
  }
  actors {
    id
    name
    acronym
  }
}
    `, {"fragmentName":"AuditOverlapSide"}) as unknown as TypedDocumentString<AuditOverlapSideFragment, unknown>;
export const AuditMoneyFragmentDoc = new TypedDocumentString(`
    fragment AuditMoney on Money {
  currency
  amount
}
    `, {"fragmentName":"AuditMoney"}) as unknown as TypedDocumentString<AuditMoneyFragment, unknown>;
export const AuditBucketFragmentDoc = new TypedDocumentString(`
    fragment AuditBucket on FundingBucket {
  activities
  amounts {
    ...AuditMoney
  }
}
    fragment AuditMoney on Money {
  currency
  amount
}`, {"fragmentName":"AuditBucket"}) as unknown as TypedDocumentString<AuditBucketFragment, unknown>;
export const OverlapSideFieldsFragmentDoc = new TypedDocumentString(`
    fragment OverlapSideFields on OverlapSide {
  subject {
    __typename
    ... on Mission {
      id
      acronym
      name
    }
    ... on Activity {
      id
      title
    }
  }
  actors {
    id
    name
    acronym
  }
  from
  to
}
    `, {"fragmentName":"OverlapSideFields"}) as unknown as TypedDocumentString<OverlapSideFieldsFragment, unknown>;
export const DuplicateActorFieldsFragmentDoc = new TypedDocumentString(`
    fragment DuplicateActorFields on Actor {
  id
  name
  acronym
  kind
  ref
  aliases
  parent {
    id
    name
  }
}
    `, {"fragmentName":"DuplicateActorFields"}) as unknown as TypedDocumentString<DuplicateActorFieldsFragment, unknown>;
export const ActivityEditFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityEditFields on Activity {
  id
  version
  title
  description
  start
  end
  countries {
    code
  }
  functions {
    code
  }
  implementers {
    id
  }
  funders {
    funder {
      id
    }
    amount
    currency
    year
  }
  confidential
  owner {
    id
    name
  }
}
    `, {"fragmentName":"ActivityEditFields"}) as unknown as TypedDocumentString<ActivityEditFieldsFragment, unknown>;
export const ActorEditFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActorEditFields on Actor {
  id
  version
  name
  acronym
  kind
  ref
  aliases
  parent {
    id
  }
}
    `, {"fragmentName":"ActorEditFields"}) as unknown as TypedDocumentString<ActorEditFieldsFragment, unknown>;
export const LessonEditFieldsFragmentDoc = new TypedDocumentString(`
    fragment LessonEditFields on Lesson {
  id
  version
  title
  text
  date
  author {
    id
    name
  }
  confidential
  sources
  missions {
    id
  }
  countries {
    code
  }
  functions {
    code
  }
}
    `, {"fragmentName":"LessonEditFields"}) as unknown as TypedDocumentString<LessonEditFieldsFragment, unknown>;
export const MandateEditFieldsFragmentDoc = new TypedDocumentString(`
    fragment MandateEditFields on Mandate {
  id
  version
  reference
  body {
    id
  }
  adopted
  expires
  functions {
    code
  }
  confidential
  owner {
    id
    name
  }
}
    `, {"fragmentName":"MandateEditFields"}) as unknown as TypedDocumentString<MandateEditFieldsFragment, unknown>;
export const MissionEditFieldsFragmentDoc = new TypedDocumentString(`
    fragment MissionEditFields on Mission {
  id
  version
  name
  acronym
  model
  start
  end
  lead {
    id
  }
  deployments {
    country {
      code
    }
    from
    to
  }
  contributors {
    actor {
      id
    }
    role
    personnel
  }
  mandates {
    id
  }
  predecessors {
    id
  }
  clusters {
    id
  }
  sources
  note
  confidential
  owner {
    id
    name
  }
}
    `, {"fragmentName":"MissionEditFields"}) as unknown as TypedDocumentString<MissionEditFieldsFragment, unknown>;
export const PickActorsDocument = new TypedDocumentString(`
    query PickActors($search: String!) {
  actors(filter: {search: $search}, first: 12) {
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickActorsQuery, PickActorsQueryVariables>;
export const PickMandatesDocument = new TypedDocumentString(`
    query PickMandates($search: String!) {
  mandates(filter: {search: $search}, first: 12) {
    edges {
      node {
        id
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickMandatesQuery, PickMandatesQueryVariables>;
export const PickCountriesDocument = new TypedDocumentString(`
    query PickCountries($search: String!) {
  countries(filter: {search: $search}, first: 12) {
    edges {
      node {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickCountriesQuery, PickCountriesQueryVariables>;
export const PickedNameDocument = new TypedDocumentString(`
    query PickedName($id: ID!, $actor: Boolean!, $mandate: Boolean!, $country: Boolean!) {
  actor(id: $id) @include(if: $actor) {
    id
    name
    acronym
  }
  mandate(id: $id) @include(if: $mandate) {
    id
    reference
  }
  country(code: $id) @include(if: $country) {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<PickedNameQuery, PickedNameQueryVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($after: String) {
  accounts(first: 200, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AccountFields
      }
    }
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  org {
    id
    name
  }
  roles
  disabled
  version
}`) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  org {
    id
    name
  }
  roles
  disabled
  version
}`) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = new TypedDocumentString(`
    mutation UpdateAccount($id: ID!, $version: Int!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, version: $version, input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  org {
    id
    name
  }
  roles
  disabled
  version
}`) as unknown as TypedDocumentString<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($id: ID!) {
  deleteAccount(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const OverlapAlertsDocument = new TypedDocumentString(`
    subscription OverlapAlerts($country: String, $actor: ID, $function: FunctionCode, $minScore: Float) {
  overlapAlerts(
    country: $country
    actor: $actor
    function: $function
    minScore: $minScore
  ) {
    kind
    dropped
    overlap {
      score
      explanation
      sharedFunctions {
        code
        name
      }
      a {
        ...AlertSide
      }
      b {
        ...AlertSide
      }
    }
  }
}
    fragment AlertSide on OverlapSide {
  subject {
    __typename
    ... on Mission {
      id
      acronym
      name
    }
    ... on Activity {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<OverlapAlertsSubscription, OverlapAlertsSubscriptionVariables>;
export const AuditActorSearchDocument = new TypedDocumentString(`
    query AuditActorSearch($search: String!) {
  actors(filter: {search: $search}, first: 20) {
    totalCount
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditActorSearchQuery, AuditActorSearchQueryVariables>;
export const AuditActorDocument = new TypedDocumentString(`
    query AuditActor($id: ID!) {
  actor(id: $id) {
    id
    name
    acronym
  }
}
    `) as unknown as TypedDocumentString<AuditActorQuery, AuditActorQueryVariables>;
export const AuditOverlapsDocument = new TypedDocumentString(`
    query AuditOverlaps($country: String!, $actor: ID!, $function: FunctionCode, $from: Date, $to: Date, $after: String) {
  overlaps(
    country: $country
    actor: $actor
    function: $function
    from: $from
    to: $to
    first: 500
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        country {
          code
          name
        }
        score
        explanation
        from
        to
        sharedFunctions {
          code
          name
        }
        a {
          ...AuditOverlapSide
        }
        b {
          ...AuditOverlapSide
        }
      }
    }
  }
}
    fragment AuditOverlapSide on OverlapSide {
  subject {
    __typename
    ... on Mission {
      id
      acronym
      name
    }
    ... on Activity {
      id
      title
    }
  }
  actors {
    id
    name
    acronym
  }
}`) as unknown as TypedDocumentString<AuditOverlapsQuery, AuditOverlapsQueryVariables>;
export const AuditFragmentationDocument = new TypedDocumentString(`
    query AuditFragmentation($country: String!, $function: FunctionCode!, $year: Int!) {
  fragmentation(country: $country, function: $function, year: $year) {
    country {
      code
      name
    }
    function {
      code
      name
    }
    year
    funders
    implementers
    currency
    total
    hhi
    shares {
      actor {
        id
        name
        acronym
      }
      amount
      share
    }
    passedOn {
      funder {
        id
        name
        acronym
      }
      from {
        id
        title
      }
      to {
        id
        title
      }
      amount
      currency
    }
    notes
  }
}
    `) as unknown as TypedDocumentString<AuditFragmentationQuery, AuditFragmentationQueryVariables>;
export const FundedActivitiesDocument = new TypedDocumentString(`
    query FundedActivities($funder: ID!, $after: String) {
  activities(filter: {funder: $funder}, first: 250, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        start
        end
        status
        countries {
          code
          name
        }
        regions {
          vocabulary
          code
          name
        }
        functions {
          code
          name
          parent {
            code
          }
        }
        implementers {
          id
          name
          acronym
        }
        funders {
          funder {
            id
            name
            acronym
          }
          amount
          currency
          year
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FundedActivitiesQuery, FundedActivitiesQueryVariables>;
export const AuditFundingTotalsDocument = new TypedDocumentString(`
    query AuditFundingTotals($funder: ID!, $country: String, $function: FunctionCode, $year: Int) {
  fundingTotals(
    funder: $funder
    country: $country
    function: $function
    year: $year
  ) {
    activities
    fundings
    unknownAmounts
    total {
      ...AuditMoney
    }
    byYear {
      year
      ...AuditBucket
    }
    byCountry {
      country {
        code
        name
      }
      ...AuditBucket
    }
    byFunction {
      function {
        code
        name
      }
      ...AuditBucket
    }
    byCountryFunction {
      country {
        code
        name
      }
      function {
        code
        name
      }
      activities
    }
  }
}
    fragment AuditBucket on FundingBucket {
  activities
  amounts {
    ...AuditMoney
  }
}
fragment AuditMoney on Money {
  currency
  amount
}`) as unknown as TypedDocumentString<AuditFundingTotalsQuery, AuditFundingTotalsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    refreshToken
    expiresAt
    account {
      email
      roles
      org {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CountryMissionsDocument = new TypedDocumentString(`
    query CountryMissions($code: ID!) {
  country(code: $code) {
    code
    name
    missions {
      id
      name
      acronym
      start
      end
      model
    }
  }
}
    `) as unknown as TypedDocumentString<CountryMissionsQuery, CountryMissionsQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($country: String!, $at: Date) {
  coverage(country: $country, at: $at) {
    threshold
    undated
    functions {
      code
      name
    }
    actors {
      id
      name
      acronym
    }
    cells {
      function {
        code
      }
      actor {
        id
      }
      direct
      lead
      subjects {
        role
        subject {
          __typename
          ... on Mission {
            id
            acronym
            name
          }
          ... on Activity {
            id
            title
          }
        }
      }
    }
    mandated {
      code
    }
    gaps {
      code
      name
    }
    fragmented {
      function {
        code
      }
      actors {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const OverlapsDocument = new TypedDocumentString(`
    query Overlaps($country: String!, $at: Date, $function: FunctionCode, $label: String, $includeLabels: Boolean, $admin1: String, $admin2: String) {
  overlaps(
    country: $country
    at: $at
    function: $function
    label: $label
    includeLabels: $includeLabels
    admin1: $admin1
    admin2: $admin2
    first: 50
  ) {
    totalCount
    edges {
      node {
        score
        explanation
        from
        to
        sharedFunctions {
          code
          name
        }
        sharedLabels
        place {
          level
          areas
        }
        a {
          ...OverlapSideFields
        }
        b {
          ...OverlapSideFields
        }
      }
    }
  }
}
    fragment OverlapSideFields on OverlapSide {
  subject {
    __typename
    ... on Mission {
      id
      acronym
      name
    }
    ... on Activity {
      id
      title
    }
  }
  actors {
    id
    name
    acronym
  }
  from
  to
}`) as unknown as TypedDocumentString<OverlapsQuery, OverlapsQueryVariables>;
export const WhoWhatWhereDocument = new TypedDocumentString(`
    query WhoWhatWhere($country: String!, $at: Date) {
  whoWhatWhere(country: $country, at: $at) {
    undated
    rows {
      actor {
        id
        name
        acronym
      }
      function {
        code
        name
      }
      label
      admin1
      admin2
      activities
    }
  }
}
    `) as unknown as TypedDocumentString<WhoWhatWhereQuery, WhoWhatWhereQueryVariables>;
export const GapFillersDocument = new TypedDocumentString(`
    query GapFillers($country: String!, $at: Date!) {
  gapFillers(country: $country, at: $at, first: 3) {
    function {
      code
      name
    }
    kind
    candidates {
      actor {
        id
        name
        acronym
      }
      rank
      score
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<GapFillersQuery, GapFillersQueryVariables>;
export const CapacityDocument = new TypedDocumentString(`
    query Capacity($country: String!, $at: Date) {
  capacity(country: $country, at: $at) {
    mission {
      id
      acronym
      name
    }
    components {
      component
      authorised
      authorisedBy {
        id
        reference
      }
      deployed
      deployedOn
      deployedSource
      gap
    }
    contributors {
      date
      component
      number
      contributor {
        id
        name
        acronym
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityQuery, CapacityQueryVariables>;
export const ActorDuplicatesDocument = new TypedDocumentString(`
    query ActorDuplicates {
  actorDuplicates {
    reason
    a {
      ...DuplicateActorFields
    }
    b {
      ...DuplicateActorFields
    }
  }
}
    fragment DuplicateActorFields on Actor {
  id
  name
  acronym
  kind
  ref
  aliases
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<ActorDuplicatesQuery, ActorDuplicatesQueryVariables>;
export const MergeActorsDocument = new TypedDocumentString(`
    mutation MergeActors($keep: ID!, $drop: ID!) {
  mergeActors(keep: $keep, drop: $drop) {
    id
    name
    aliases
  }
}
    `) as unknown as TypedDocumentString<MergeActorsMutation, MergeActorsMutationVariables>;
export const ActivityForEditDocument = new TypedDocumentString(`
    query ActivityForEdit($id: ID!) {
  activity(id: $id) {
    ...ActivityEditFields
  }
}
    fragment ActivityEditFields on Activity {
  id
  version
  title
  description
  start
  end
  countries {
    code
  }
  functions {
    code
  }
  implementers {
    id
  }
  funders {
    funder {
      id
    }
    amount
    currency
    year
  }
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<ActivityForEditQuery, ActivityForEditQueryVariables>;
export const CreateActivityDocument = new TypedDocumentString(`
    mutation CreateActivity($input: CreateActivityInput!) {
  createActivity(input: $input) {
    ...ActivityEditFields
  }
}
    fragment ActivityEditFields on Activity {
  id
  version
  title
  description
  start
  end
  countries {
    code
  }
  functions {
    code
  }
  implementers {
    id
  }
  funders {
    funder {
      id
    }
    amount
    currency
    year
  }
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = new TypedDocumentString(`
    mutation UpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, version: $version, input: $input) {
    ...ActivityEditFields
  }
}
    fragment ActivityEditFields on Activity {
  id
  version
  title
  description
  start
  end
  countries {
    code
  }
  functions {
    code
  }
  implementers {
    id
  }
  funders {
    funder {
      id
    }
    amount
    currency
    year
  }
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const ActorForEditDocument = new TypedDocumentString(`
    query ActorForEdit($id: ID!) {
  actor(id: $id) {
    ...ActorEditFields
  }
}
    fragment ActorEditFields on Actor {
  id
  version
  name
  acronym
  kind
  ref
  aliases
  parent {
    id
  }
}`) as unknown as TypedDocumentString<ActorForEditQuery, ActorForEditQueryVariables>;
export const CreateActorDocument = new TypedDocumentString(`
    mutation CreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    ...ActorEditFields
  }
}
    fragment ActorEditFields on Actor {
  id
  version
  name
  acronym
  kind
  ref
  aliases
  parent {
    id
  }
}`) as unknown as TypedDocumentString<CreateActorMutation, CreateActorMutationVariables>;
export const UpdateActorDocument = new TypedDocumentString(`
    mutation UpdateActor($id: ID!, $version: Int!, $input: UpdateActorInput!) {
  updateActor(id: $id, version: $version, input: $input) {
    ...ActorEditFields
  }
}
    fragment ActorEditFields on Actor {
  id
  version
  name
  acronym
  kind
  ref
  aliases
  parent {
    id
  }
}`) as unknown as TypedDocumentString<UpdateActorMutation, UpdateActorMutationVariables>;
export const DeleteMissionDocument = new TypedDocumentString(`
    mutation DeleteMission($id: ID!, $version: Int!) {
  deleteMission(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteMissionMutation, DeleteMissionMutationVariables>;
export const DeleteMandateDocument = new TypedDocumentString(`
    mutation DeleteMandate($id: ID!, $version: Int!) {
  deleteMandate(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteMandateMutation, DeleteMandateMutationVariables>;
export const DeleteActivityDocument = new TypedDocumentString(`
    mutation DeleteActivity($id: ID!, $version: Int!) {
  deleteActivity(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteActivityMutation, DeleteActivityMutationVariables>;
export const DeleteLessonDocument = new TypedDocumentString(`
    mutation DeleteLesson($id: ID!, $version: Int!) {
  deleteLesson(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteLessonMutation, DeleteLessonMutationVariables>;
export const DeleteActorDocument = new TypedDocumentString(`
    mutation DeleteActor($id: ID!, $version: Int!) {
  deleteActor(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteActorMutation, DeleteActorMutationVariables>;
export const FindMissionsDocument = new TypedDocumentString(`
    query FindMissions($search: String!) {
  missions(filter: {search: $search}, first: 20) {
    totalCount
    edges {
      node {
        id
        name
        acronym
        owner {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindMissionsQuery, FindMissionsQueryVariables>;
export const FindMandatesDocument = new TypedDocumentString(`
    query FindMandates($search: String!) {
  mandates(filter: {search: $search}, first: 20) {
    totalCount
    edges {
      node {
        id
        reference
        owner {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindMandatesQuery, FindMandatesQueryVariables>;
export const FindActivitiesDocument = new TypedDocumentString(`
    query FindActivities($search: String!) {
  activities(filter: {search: $search}, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        owner {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindActivitiesQuery, FindActivitiesQueryVariables>;
export const FindActorsDocument = new TypedDocumentString(`
    query FindActors($search: String!) {
  actors(filter: {search: $search}, first: 20) {
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindActorsQuery, FindActorsQueryVariables>;
export const FindLessonsDocument = new TypedDocumentString(`
    query FindLessons($search: String!) {
  searchLessons(query: $search, first: 20) {
    lesson {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<FindLessonsQuery, FindLessonsQueryVariables>;
export const LeadsInCountryDocument = new TypedDocumentString(`
    query LeadsInCountry($country: String!) {
  leads(country: $country) {
    actor {
      id
      name
      acronym
    }
    country {
      code
      name
    }
    function {
      code
      name
    }
    from
    to
    note
  }
}
    `) as unknown as TypedDocumentString<LeadsInCountryQuery, LeadsInCountryQueryVariables>;
export const SetLeadDocument = new TypedDocumentString(`
    mutation SetLead($input: LeadInput!) {
  setLead(input: $input) {
    actor {
      id
    }
    function {
      code
    }
    from
  }
}
    `) as unknown as TypedDocumentString<SetLeadMutation, SetLeadMutationVariables>;
export const DeleteLeadDocument = new TypedDocumentString(`
    mutation DeleteLead($input: LeadInput!) {
  deleteLead(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteLeadMutation, DeleteLeadMutationVariables>;
export const LessonForEditDocument = new TypedDocumentString(`
    query LessonForEdit($id: ID!) {
  lesson(id: $id) {
    ...LessonEditFields
  }
}
    fragment LessonEditFields on Lesson {
  id
  version
  title
  text
  date
  author {
    id
    name
  }
  confidential
  sources
  missions {
    id
  }
  countries {
    code
  }
  functions {
    code
  }
}`) as unknown as TypedDocumentString<LessonForEditQuery, LessonForEditQueryVariables>;
export const CreateLessonDocument = new TypedDocumentString(`
    mutation CreateLesson($input: CreateLessonInput!) {
  createLesson(input: $input) {
    ...LessonEditFields
  }
}
    fragment LessonEditFields on Lesson {
  id
  version
  title
  text
  date
  author {
    id
    name
  }
  confidential
  sources
  missions {
    id
  }
  countries {
    code
  }
  functions {
    code
  }
}`) as unknown as TypedDocumentString<CreateLessonMutation, CreateLessonMutationVariables>;
export const UpdateLessonDocument = new TypedDocumentString(`
    mutation UpdateLesson($id: ID!, $version: Int!, $input: UpdateLessonInput!) {
  updateLesson(id: $id, version: $version, input: $input) {
    ...LessonEditFields
  }
}
    fragment LessonEditFields on Lesson {
  id
  version
  title
  text
  date
  author {
    id
    name
  }
  confidential
  sources
  missions {
    id
  }
  countries {
    code
  }
  functions {
    code
  }
}`) as unknown as TypedDocumentString<UpdateLessonMutation, UpdateLessonMutationVariables>;
export const MandateForEditDocument = new TypedDocumentString(`
    query MandateForEdit($id: ID!) {
  mandate(id: $id) {
    ...MandateEditFields
  }
}
    fragment MandateEditFields on Mandate {
  id
  version
  reference
  body {
    id
  }
  adopted
  expires
  functions {
    code
  }
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<MandateForEditQuery, MandateForEditQueryVariables>;
export const CreateMandateDocument = new TypedDocumentString(`
    mutation CreateMandate($input: CreateMandateInput!) {
  createMandate(input: $input) {
    ...MandateEditFields
  }
}
    fragment MandateEditFields on Mandate {
  id
  version
  reference
  body {
    id
  }
  adopted
  expires
  functions {
    code
  }
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateMandateMutation, CreateMandateMutationVariables>;
export const UpdateMandateDocument = new TypedDocumentString(`
    mutation UpdateMandate($id: ID!, $version: Int!, $input: UpdateMandateInput!) {
  updateMandate(id: $id, version: $version, input: $input) {
    ...MandateEditFields
  }
}
    fragment MandateEditFields on Mandate {
  id
  version
  reference
  body {
    id
  }
  adopted
  expires
  functions {
    code
  }
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateMandateMutation, UpdateMandateMutationVariables>;
export const MissionForEditDocument = new TypedDocumentString(`
    query MissionForEdit($id: ID!) {
  mission(id: $id) {
    ...MissionEditFields
  }
}
    fragment MissionEditFields on Mission {
  id
  version
  name
  acronym
  model
  start
  end
  lead {
    id
  }
  deployments {
    country {
      code
    }
    from
    to
  }
  contributors {
    actor {
      id
    }
    role
    personnel
  }
  mandates {
    id
  }
  predecessors {
    id
  }
  clusters {
    id
  }
  sources
  note
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<MissionForEditQuery, MissionForEditQueryVariables>;
export const CreateMissionDocument = new TypedDocumentString(`
    mutation CreateMission($input: CreateMissionInput!) {
  createMission(input: $input) {
    ...MissionEditFields
  }
}
    fragment MissionEditFields on Mission {
  id
  version
  name
  acronym
  model
  start
  end
  lead {
    id
  }
  deployments {
    country {
      code
    }
    from
    to
  }
  contributors {
    actor {
      id
    }
    role
    personnel
  }
  mandates {
    id
  }
  predecessors {
    id
  }
  clusters {
    id
  }
  sources
  note
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateMissionMutation, CreateMissionMutationVariables>;
export const UpdateMissionDocument = new TypedDocumentString(`
    mutation UpdateMission($id: ID!, $version: Int!, $input: UpdateMissionInput!) {
  updateMission(id: $id, version: $version, input: $input) {
    ...MissionEditFields
  }
}
    fragment MissionEditFields on Mission {
  id
  version
  name
  acronym
  model
  start
  end
  lead {
    id
  }
  deployments {
    country {
      code
    }
    from
    to
  }
  contributors {
    actor {
      id
    }
    role
    personnel
  }
  mandates {
    id
  }
  predecessors {
    id
  }
  clusters {
    id
  }
  sources
  note
  confidential
  owner {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateMissionMutation, UpdateMissionMutationVariables>;
export const EditorOptionsDocument = new TypedDocumentString(`
    query EditorOptions($actors: Boolean!, $countries: Boolean!, $missions: Boolean!, $mandates: Boolean!, $clusters: Boolean!) {
  actors(first: 500) @include(if: $actors) {
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
  countries(first: 300) @include(if: $countries) {
    edges {
      node {
        code
        name
      }
    }
  }
  missions(first: 500) @include(if: $missions) {
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
  mandates(first: 500) @include(if: $mandates) {
    edges {
      node {
        id
        reference
      }
    }
  }
  clusters(first: 500) @include(if: $clusters) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditorOptionsQuery, EditorOptionsQueryVariables>;
export const ImportIatiDocument = new TypedDocumentString(`
    mutation ImportIati($document: String!, $dryRun: Boolean!) {
  importIATI(document: $document, dryRun: $dryRun) {
    read
    created
    updated
    unchanged
    skipped
    actorsCreated
    reasons {
      reason
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ImportIatiMutation, ImportIatiMutationVariables>;
export const ImportHxlDocument = new TypedDocumentString(`
    mutation ImportHxl($document: String!, $country: String, $from: Date, $to: Date, $dryRun: Boolean!) {
  importHXL(
    document: $document
    country: $country
    from: $from
    to: $to
    dryRun: $dryRun
  ) {
    read
    created
    updated
    unchanged
    skipped
    actorsCreated
    reasons {
      reason
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ImportHxlMutation, ImportHxlMutationVariables>;
export const ImportDatasetDocument = new TypedDocumentString(`
    mutation ImportDataset($document: String!, $dryRun: Boolean!) {
  importDataset(document: $document, dryRun: $dryRun) {
    created
    updated
    unchanged
    counts {
      kind
      created
      updated
      unchanged
    }
  }
}
    `) as unknown as TypedDocumentString<ImportDatasetMutation, ImportDatasetMutationVariables>;
export const CountrySummariesDocument = new TypedDocumentString(`
    query CountrySummaries($date: Date!, $labels: Boolean) {
  countrySummaries(at: $date, includeLabels: $labels) {
    country {
      code
      name
    }
    missions
    engagements
    overlaps
    undated
  }
}
    `) as unknown as TypedDocumentString<CountrySummariesQuery, CountrySummariesQueryVariables>;
export const MissionsAtDocument = new TypedDocumentString(`
    query MissionsAt($date: Date!) {
  missions(filter: {activeAt: $date}, first: 500) {
    totalCount
    edges {
      node {
        id
        deployments {
          country {
            code
            name
          }
          from
          to
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MissionsAtQuery, MissionsAtQueryVariables>;
export const NetworkFilterChoicesDocument = new TypedDocumentString(`
    query NetworkFilterChoices {
  functions {
    code
    name
  }
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkFilterChoicesQuery, NetworkFilterChoicesQueryVariables>;
export const NetworkRegionMembersDocument = new TypedDocumentString(`
    query NetworkRegionMembers($code: ID!) {
  region(code: $code) {
    countries {
      code
      missions {
        id
      }
      activities {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkRegionMembersQuery, NetworkRegionMembersQueryVariables>;
export const NetworkFunctionMembersDocument = new TypedDocumentString(`
    query NetworkFunctionMembers($function: FunctionCode!, $missionsAfter: String, $activitiesAfter: String, $withMissions: Boolean!, $withActivities: Boolean!) {
  missions(filter: {function: $function}, first: 500, after: $missionsAfter) @include(if: $withMissions) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
  activities(filter: {function: $function}, first: 500, after: $activitiesAfter) @include(if: $withActivities) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkFunctionMembersQuery, NetworkFunctionMembersQueryVariables>;
export const NetworkFocusSuggestionsDocument = new TypedDocumentString(`
    query NetworkFocusSuggestions($search: String!) {
  countries(filter: {search: $search}, first: 5) {
    edges {
      node {
        code
        name
      }
    }
  }
  actors(filter: {search: $search}, first: 6) {
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
  missions(filter: {search: $search}, first: 6) {
    edges {
      node {
        id
        name
        acronym
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkFocusSuggestionsQuery, NetworkFocusSuggestionsQueryVariables>;
export const NetworkOverlapsDocument = new TypedDocumentString(`
    query NetworkOverlaps($country: String, $function: FunctionCode, $at: Date) {
  overlaps(country: $country, function: $function, at: $at, first: 500) {
    totalCount
    edges {
      node {
        score
        from
        to
        sharedFunctions {
          code
        }
        a {
          subject {
            __typename
            ... on Mission {
              id
            }
            ... on Activity {
              id
            }
          }
        }
        b {
          subject {
            __typename
            ... on Mission {
              id
            }
            ... on Activity {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkOverlapsQuery, NetworkOverlapsQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($focus: ID!, $depth: Int, $maxNodes: Int, $nodeTypes: [String!], $edgeTypes: [String!]) {
  network(
    focus: $focus
    depth: $depth
    maxNodes: $maxNodes
    nodeTypes: $nodeTypes
    edgeTypes: $edgeTypes
  ) {
    truncated
    omitted
    omittedEdges
    nodes {
      id
      type
      label
      depth
      attributes {
        key
        value
      }
    }
    edges {
      id
      source
      target
      type
      attributes {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const ActorProfileDocument = new TypedDocumentString(`
    query ActorProfile($id: ID!) {
  actor(id: $id) {
    id
    name
    acronym
    kind
    ref
    aliases
    parent {
      id
      name
      acronym
    }
    parts {
      id
      name
      acronym
    }
    missionsLed {
      id
      name
      acronym
      start
      end
    }
    contributions {
      role
      personnel
      mission {
        id
        name
        acronym
        start
        end
      }
    }
    mandatesIssued {
      id
      reference
      adopted
      expires
      missions {
        id
        name
        acronym
      }
    }
    activitiesImplemented {
      id
      title
      start
      end
    }
    funding {
      amount
      currency
      year
      activity {
        id
        title
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorProfileQuery, ActorProfileQueryVariables>;
export const MissionProfileDocument = new TypedDocumentString(`
    query MissionProfile($id: ID!) {
  mission(id: $id) {
    id
    name
    acronym
    model
    start
    end
    note
    sources
    confidential
    owner {
      id
    }
    lead {
      id
      name
      acronym
    }
    contributors {
      role
      personnel
      actor {
        id
        name
        acronym
      }
    }
    mandates {
      id
      reference
      adopted
      expires
      body {
        id
        name
        acronym
      }
    }
    deployments {
      from
      to
      country {
        code
        name
      }
    }
    functions {
      code
      name
    }
    predecessors {
      id
      name
      acronym
      model
      start
      end
    }
    successors {
      id
      name
      acronym
      model
      start
      end
    }
    lessons {
      id
      title
      date
    }
  }
}
    `) as unknown as TypedDocumentString<MissionProfileQuery, MissionProfileQueryVariables>;
export const ActivityProfileDocument = new TypedDocumentString(`
    query ActivityProfile($id: ID!) {
  activity(id: $id) {
    id
    title
    description
    start
    end
    status
    source
    sectors
    labels
    admin1
    admin2
    confidential
    owner {
      id
    }
    countries {
      code
      name
    }
    functions {
      code
      name
    }
    implementers {
      id
      name
      acronym
    }
    unnamedImplementers
    funders {
      amount
      currency
      year
      funder {
        id
        name
        acronym
      }
    }
    parent {
      id
      title
    }
    children {
      id
      title
    }
    fundedBy {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityProfileQuery, ActivityProfileQueryVariables>;
export const MandateRenewalsDocument = new TypedDocumentString(`
    query MandateRenewals($from: Date!, $to: Date!, $country: String) {
  mandateRenewals(from: $from, to: $to, country: $country) {
    expires
    mandate {
      id
      reference
      body {
        id
        name
        acronym
      }
    }
    missions {
      id
      acronym
      name
    }
    functions {
      code
      name
    }
    cells {
      country {
        code
        name
      }
      function {
        code
        name
      }
      mission {
        id
        acronym
        name
      }
      keptByMission
      dependsOnItAlone
      others {
        subject {
          __typename
          ... on Mission {
            id
            acronym
            name
          }
          ... on Activity {
            id
            title
          }
        }
        until
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MandateRenewalsQuery, MandateRenewalsQueryVariables>;
export const RecordSearchDocument = new TypedDocumentString(`
    query RecordSearch($text: String!, $first: Int!) {
  missions(filter: {search: $text}, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        acronym
        start
        end
      }
    }
  }
  actors(filter: {search: $text}, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        acronym
        kind
      }
    }
  }
  activities(filter: {search: $text}, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordSearchQuery, RecordSearchQueryVariables>;
export const LessonSearchDocument = new TypedDocumentString(`
    query LessonSearch($text: String!, $first: Int!) {
  searchLessons(query: $text, first: $first) {
    lesson {
      id
      title
      date
      missions {
        id
      }
      countries {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LessonSearchQuery, LessonSearchQueryVariables>;
export const CountryNamesDocument = new TypedDocumentString(`
    query CountryNames {
  countries(first: 500) {
    edges {
      node {
        code
        alpha2
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CountryNamesQuery, CountryNamesQueryVariables>;
export const WithdrawalImpactDocument = new TypedDocumentString(`
    query WithdrawalImpact($actor: ID, $mission: ID, $country: String, $at: Date!) {
  withdrawalImpact(actor: $actor, mission: $mission, country: $country, at: $at) {
    cells {
      country {
        code
        name
      }
      function {
        code
        name
      }
      admin1
      losesOnlyEngagement
      lostLead {
        id
        name
        acronym
      }
      others {
        subject {
          __typename
          ... on Mission {
            id
            acronym
            name
          }
          ... on Activity {
            id
            title
          }
        }
        actors {
          id
          name
          acronym
        }
        until
        countryWide
      }
    }
    fundingWithoutImplementer {
      country {
        code
        name
      }
      activity {
        id
        title
      }
      funders {
        id
        name
        acronym
      }
      until
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawalImpactQuery, WithdrawalImpactQueryVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refresh(refreshToken: $refreshToken) {
    accessToken
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;