// Every emulated operation. An operation of the OpenAPI description that is not listed here
// answers 404 and is recorded as a "not emulated" violation.
import type { Route } from '../router.js'
import { actionRoutes } from './actions.js'
import { appRoutes } from './apps.js'
import { checkRoutes } from './checks.js'
import { codeScanningRoutes } from './code-scanning.js'
import { commitRoutes } from './commits.js'
import { compareRoutes } from './compare.js'
import { contentRoutes } from './contents.js'
import { deploymentRoutes } from './deployments.js'
import { environmentRoutes } from './environments.js'
import { gitRoutes } from './git.js'
import { issueRoutes } from './issues.js'
import { orgRoutes } from './orgs.js'
import { pullRoutes } from './pulls.js'
import { repoRoutes } from './repos.js'
import { rulesetRoutes } from './rulesets.js'
import { statusRoutes } from './statuses.js'

export const allRoutes: Route[] = [
  ...repoRoutes,
  ...commitRoutes,
  ...compareRoutes,
  ...gitRoutes,
  ...contentRoutes,
  ...checkRoutes,
  ...statusRoutes,
  ...deploymentRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...orgRoutes,
  ...actionRoutes,
  ...codeScanningRoutes,
  ...rulesetRoutes,
  ...environmentRoutes,
  ...appRoutes,
]
