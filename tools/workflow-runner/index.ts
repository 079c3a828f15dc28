// A local GitHub Actions workflow runner: see README.md.
export { WorkflowRunner, dispatchInputs } from './src/runner.js'
export type { RunnerOptions, RunReport, JobReport, StepReport, RunEvent, RunWorkflowOptions, ServiceSpec, EmulatorStateLike } from './src/types.js'
export { matchesEvent, globToRegExp, matchesPatterns } from './src/event-filters.js'
export { defaultPermissions, parsePermissions, nestedPermissionError } from './src/permissions.js'
export { evaluateCondition, evaluateValue, evaluateString } from './src/expressions.js'
export { mirrorCommit, mirrorToEmulator } from './src/mirror.js'
