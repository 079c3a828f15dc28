export * from './codeowners.js'
export * from './reviews.js'
export * from './policy.js'
