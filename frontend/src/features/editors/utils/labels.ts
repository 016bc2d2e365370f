import type { FunctionCode, MissionModel } from '@/gql/graphql';

/** The function vocabulary in its order (parents before their children), with the API's names. */
export const FUNCTION_LABELS: Record<FunctionCode, string> = {
  RULE_OF_LAW: 'Rule of law',
  JUSTICE: 'Justice',
  POLICE: 'Police',
  CORRECTIONS: 'Corrections',
  SECURITY: 'Security',
  SSR: 'Security sector reform',
  DDR: 'Disarmament, demobilisation and reintegration',
  BORDER: 'Border management',
  MILITARY_TRAINING: 'Military training',
  POLITICAL: 'Political affairs',
  MEDIATION: 'Mediation and conflict prevention',
  ELECTIONS: 'Elections',
  GOVERNANCE: 'Governance',
  MONITORING: 'Monitoring and verification',
  HUMAN_RIGHTS: 'Human rights',
  PROTECTION_OF_CIVILIANS: 'Protection of civilians',
};

export const FUNCTION_CODES = Object.keys(FUNCTION_LABELS) as FunctionCode[];

export const MODEL_LABELS: Record<MissionModel, string> = {
  MEDIATION: 'Mediation',
  MONITORING: 'Monitoring',
  TRAINING_SUPPORT: 'Training and support',
  PEACEKEEPING: 'Peacekeeping',
  PREVENTIVE: 'Preventive',
};
