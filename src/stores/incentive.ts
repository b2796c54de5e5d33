import './safe-storage';
import { persistentAtom } from '@nanostores/persistent';
import { decodeJson } from '../lib/codec';
import {
  commissionFormSchema,
  defaultCommissionForm,
  defaultPoolForm,
  poolFormSchema,
  type CommissionForm,
  type PoolForm,
} from '../lib/calc/incentive/schema';

/** The commission plan and the sales it is tried on, kept across visits. */
export const $incentiveCommission = persistentAtom<CommissionForm>('playbook:incentive:commission', defaultCommissionForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(commissionFormSchema, raw, defaultCommissionForm),
});

/** The bonus pool, its scorecard and the team, kept across visits. */
export const $incentivePool = persistentAtom<PoolForm>('playbook:incentive:pool', defaultPoolForm, {
  encode: JSON.stringify,
  decode: (raw) => decodeJson(poolFormSchema, raw, defaultPoolForm),
});
