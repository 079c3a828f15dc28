/** What a GitOps controller's status says about our GitOps commit. */
export interface Verdict {
  state: 'waiting' | 'healthy' | 'failed'
  /** One line: why it is waiting, what is healthy, or why it failed. */
  summary: string
  /** The resources and messages that explain a failure (or a long wait). */
  details: string[]
  /** Where the workloads run (to read their pods): the destination namespace. */
  namespace?: string
}

/** The commit promote pushed and the digest it pinned there. */
export interface Target {
  commit: string
  digest: string
}
