export * from './findings.js'
export * from './diff.js'
export * from './gate.js'
export * from './sonar.js'
