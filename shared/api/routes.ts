import { disclosureRoutes } from './disclosure';
import type { ApiRouteContract } from './route-contract';
import { accountRoutes } from './routes-account';
import { operationsRoutes } from './routes-operations';
import { practiceRoutes } from './routes-practice';
import { workRoutes } from './routes-work';

export type { ApiResponseContract, ApiRouteContract } from './route-contract';

/** Every route of the API. A test checks that the server mounts exactly these. */
export const apiRoutes: ApiRouteContract[] = [
  ...accountRoutes,
  ...workRoutes,
  ...operationsRoutes,
  ...practiceRoutes,
  ...disclosureRoutes,
];
