export * from './slug.js'
export * from './preview.js'
