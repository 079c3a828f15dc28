export * from './codeowners.js'
export * from './reviews.js'
