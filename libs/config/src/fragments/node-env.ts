import { z } from 'zod';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const nodeEnv = z
  .enum(NODE_ENVS, { error: `expected one of ${NODE_ENVS.join(', ')}` })
  .default('development');
