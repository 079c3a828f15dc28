/**
 * A small stage runner for the local pipeline: each stage prints its progress as it goes
 * and records what it produced, so the run ends with one table showing the same digest at
 * every stage.
 */
export interface StageRecord {
  stage: string
  result: string
  digest?: string
  detail?: string
  ms: number
}

export class Stages {
  readonly records: StageRecord[] = []
  private readonly started = Date.now()

  async run<T>(stage: string, body: () => Promise<T & { result?: string; digest?: string; detail?: string }>): Promise<T> {
    const t0 = Date.now()
    process.stdout.write(`\n==> ${stage}\n`)
    const value = await body()
    const record: StageRecord = { stage, result: value.result ?? 'ok', ms: Date.now() - t0, ...(value.digest ? { digest: value.digest } : {}), ...(value.detail ? { detail: value.detail } : {}) }
    this.records.push(record)
    process.stdout.write(`    ${record.result}${record.digest ? `  ${record.digest}` : ''}${record.detail ? `  (${record.detail})` : ''}  [${(record.ms / 1000).toFixed(1)} s]\n`)
    return value
  }

  table(): string {
    const rows = this.records.map((r) => `| ${r.stage} | ${r.result} | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.detail ?? ''} | ${(r.ms / 1000).toFixed(1)} s |`)
    return ['| stage | result | digest | detail | time |', '|---|---|---|---|---|', ...rows, '', `total ${((Date.now() - this.started) / 1000).toFixed(1)} s`].join('\n')
  }
}
