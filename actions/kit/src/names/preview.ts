/**
 * The names a preview environment is known by, shared by preview-deploy (which sets them)
 * and preview-teardown (which finds by them). Pure.
 */
export const MANAGED_BY = 'app.kubernetes.io/managed-by'
export const MANAGER = 'cna-preview'
export const LABEL_SLUG = 'preview.cna.dev/branch-slug'
export const LABEL_PREFIX = 'preview.cna.dev/prefix'
export const LABEL_PR = 'preview.cna.dev/pull-request'
export const ANNOTATION_BRANCH = 'preview.cna.dev/branch'
export const ANNOTATION_COMMIT = 'preview.cna.dev/commit'
export const ANNOTATION_RUN = 'preview.cna.dev/run-url'
export const ANNOTATION_EXPIRES = 'preview.cna.dev/expires-at'
export const ANNOTATION_IMAGE = 'preview.cna.dev/image'
/** The one field manager every preview write uses, so re-deploys own and prune the same fields. */
export const FIELD_MANAGER = 'cna-preview-deploy'

/** The label selector of every preview namespace under `prefix`. */
export function previewSelector(prefix: string): string {
  return `${MANAGED_BY}=${MANAGER},${LABEL_PREFIX}=${prefix}`
}

/** The GitHub environment of a branch's preview. */
export function previewEnvironment(slug: string): string {
  return `preview/${slug}`
}

/** The hidden marker that finds a preview's pull request comment again, to update it in place. */
export function previewMarker(namespace: string): string {
  return `<!-- cna-preview: ${namespace} -->`
}
