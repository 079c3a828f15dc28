// SARIF as each scanner writes it (shapes from the tools' documentation and real output):
// CodeQL keeps its query packs' rules in tool.extensions[].rules and points at them with
// rule.toolComponent.index; Trivy puts security-severity on rules and uses a ROOTPATH base;
// Semgrep leaves levels to the rules' defaultConfiguration and marks nosemgrep lines with
// an in-source suppression without status; osv-scanner reports on lockfiles; ESLint's SARIF
// formatter writes absolute file:// URIs.
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export function codeqlSarif(): unknown {
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            semanticVersion: '2.20.1',
            // A driver rule at index 0 that must NOT be used for results pointing into an extension.
            rules: [{ id: 'js/diagnostics/extraction', defaultConfiguration: { level: 'note' } }],
          },
          extensions: [
            { name: 'codeql/javascript-all', semanticVersion: '2.3.0', rules: [] },
            {
              name: 'codeql/javascript-queries',
              semanticVersion: '1.3.0',
              rules: [
                {
                  id: 'js/sql-injection',
                  name: 'js/sql-injection',
                  shortDescription: { text: 'Database query built from user-controlled sources' },
                  defaultConfiguration: { level: 'error' },
                  properties: { tags: ['security', 'external/cwe/cwe-089'], precision: 'high', 'security-severity': '8.8' },
                },
                {
                  id: 'js/code-injection',
                  name: 'js/code-injection',
                  shortDescription: { text: 'Code injection' },
                  defaultConfiguration: { level: 'error' },
                  properties: { tags: ['security'], 'security-severity': '9.3' },
                },
                {
                  id: 'js/unused-local-variable',
                  name: 'js/unused-local-variable',
                  shortDescription: { text: 'Unused variable' },
                  defaultConfiguration: { level: 'note' },
                  properties: { tags: ['maintainability'] },
                },
                {
                  id: 'js/missing-rate-limiting',
                  name: 'js/missing-rate-limiting',
                  shortDescription: { text: 'Missing rate limiting' },
                  defaultConfiguration: { level: 'error' },
                  properties: { tags: ['security'] },
                },
              ],
            },
          ],
        },
        artifacts: [{ location: { uri: 'src/db.js', uriBaseId: '%SRCROOT%', index: 0 } }],
        results: [
          {
            ruleId: 'js/sql-injection',
            ruleIndex: 0,
            rule: { id: 'js/sql-injection', index: 0, toolComponent: { index: 1 } },
            message: { text: 'This query string depends on a [user-provided value](1).' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'src/db.js', uriBaseId: '%SRCROOT%', index: 0 },
                  region: { startLine: 12, startColumn: 5, endColumn: 40 },
                },
              },
            ],
            partialFingerprints: { primaryLocationLineHash: 'c0ffee0000000001:1', primaryLocationStartColumnFingerprint: '4' },
          },
          {
            // No ruleId: only the extension reference names the rule (critical, 9.3).
            rule: { index: 1, toolComponent: { index: 1 } },
            message: { text: 'This code execution depends on a [user-provided value](1).' },
            locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 30 } } }],
            partialFingerprints: { primaryLocationLineHash: 'c0ffee0000000002:1' },
          },
          {
            // No level on the result, no score on the rule: the rule's default level (note) → low.
            ruleId: 'js/unused-local-variable',
            rule: { id: 'js/unused-local-variable', index: 2, toolComponent: { index: 1 } },
            message: { text: 'Unused variable tmp.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/util.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } }],
            partialFingerprints: { primaryLocationLineHash: 'c0ffee0000000003:1' },
          },
          {
            // Default level error, no score → high.
            ruleId: 'js/missing-rate-limiting',
            rule: { id: 'js/missing-rate-limiting', index: 3, toolComponent: { index: 1 } },
            message: { text: 'This route handler performs a database access, but is not rate-limited.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/server.js', uriBaseId: '%SRCROOT%' }, region: { startLine: 8, endLine: 10 } } }],
            partialFingerprints: { primaryLocationLineHash: 'c0ffee0000000004:1' },
          },
        ],
        columnKind: 'utf16CodeUnits',
        properties: { semmle: { formatSpecifier: 'sarif-latest' } },
      },
    ],
  }
}

/** CodeQL expects: 1 critical, 1 high (score 8.8), 1 high (default level error), 1 low. */
export const CODEQL_COUNTS = { critical: 1, high: 2, medium: 0, low: 1 }

export function trivySarif(opts: { suppressCritical?: boolean } = {}): unknown {
  const rule = (id: string, score: string, level: string, tag: string) => ({
    id,
    name: 'LanguageSpecificPackageVulnerability',
    shortDescription: { text: `${id} in a dependency` },
    fullDescription: { text: `${id}` },
    defaultConfiguration: { level },
    helpUri: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    properties: { precision: 'very-high', 'security-severity': score, tags: ['vulnerability', 'security', tag] },
  })
  return {
    version: '2.1.0',
    $schema: SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            fullName: 'Trivy Vulnerability Scanner',
            informationUri: 'https://github.com/aquasecurity/trivy',
            name: 'Trivy',
            rules: [
              rule('CVE-2021-44228', '10.0', 'error', 'CRITICAL'),
              rule('CVE-2022-25883', '7.5', 'error', 'HIGH'),
              rule('CVE-2023-26115', '5.3', 'warning', 'MEDIUM'),
            ],
            version: '0.58.1',
          },
        },
        results: [
          {
            ruleId: 'CVE-2021-44228',
            ruleIndex: 0,
            level: 'error',
            message: {
              text: 'Package: org.apache.logging.log4j:log4j-core\nInstalled Version: 2.14.1\nVulnerability CVE-2021-44228\nSeverity: CRITICAL\nFixed Version: 2.15.0',
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'pom.xml', uriBaseId: 'ROOTPATH' },
                  region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
                message: { text: 'pom.xml: org.apache.logging.log4j:log4j-core@2.14.1' },
              },
            ],
            ...(opts.suppressCritical
              ? { suppressions: [{ kind: 'external', status: 'accepted', justification: 'Not reachable: JNDI lookups disabled' }] }
              : {}),
          },
          {
            ruleId: 'CVE-2022-25883',
            ruleIndex: 1,
            level: 'error',
            message: { text: 'Package: semver\nInstalled Version: 7.5.1\nVulnerability CVE-2022-25883\nSeverity: HIGH' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'package-lock.json', uriBaseId: 'ROOTPATH' },
                  region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
              },
            ],
            // Under review is not accepted: it still counts.
            suppressions: [{ kind: 'external', status: 'underReview' }],
          },
          {
            ruleId: 'CVE-2023-26115',
            ruleIndex: 2,
            level: 'warning',
            message: { text: 'Package: word-wrap\nInstalled Version: 1.2.3\nVulnerability CVE-2023-26115\nSeverity: MEDIUM' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'package-lock.json', uriBaseId: 'ROOTPATH' },
                  region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
              },
            ],
          },
        ],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
      },
    ],
  }
}

export function semgrepSarif(): unknown {
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: [] }],
        tool: {
          driver: {
            name: 'Semgrep OSS',
            semanticVersion: '1.99.0',
            rules: [
              {
                id: 'javascript.express.security.injection.tainted-sql-string.tainted-sql-string',
                name: 'javascript.express.security.injection.tainted-sql-string.tainted-sql-string',
                shortDescription: { text: 'Semgrep Finding: tainted-sql-string' },
                defaultConfiguration: { level: 'error' },
                properties: { precision: 'very-high', tags: ['CWE-89', 'HIGH CONFIDENCE', 'security'] },
              },
              {
                id: 'javascript.lang.security.audit.unsafe-formatstring.unsafe-formatstring',
                name: 'javascript.lang.security.audit.unsafe-formatstring.unsafe-formatstring',
                shortDescription: { text: 'Semgrep Finding: unsafe-formatstring' },
                defaultConfiguration: { level: 'note' },
                properties: { precision: 'very-high', tags: ['CWE-134', 'security'] },
              },
              {
                id: 'javascript.lang.security.detect-eval-with-expression.detect-eval-with-expression',
                name: 'javascript.lang.security.detect-eval-with-expression.detect-eval-with-expression',
                shortDescription: { text: 'Semgrep Finding: detect-eval-with-expression' },
                defaultConfiguration: { level: 'warning' },
                properties: { precision: 'very-high', tags: ['CWE-95', 'security'] },
              },
            ],
          },
        },
        results: [
          {
            ruleId: 'javascript.express.security.injection.tainted-sql-string.tainted-sql-string',
            message: { text: 'Detected user input used to manually construct a SQL string.' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'src/db.js', uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: 12,
                    startColumn: 5,
                    endLine: 12,
                    endColumn: 60,
                    snippet: { text: '  const q = "SELECT * FROM t WHERE id=" + req.query.id' },
                  },
                },
              },
            ],
            fingerprints: { 'matchBasedId/v1': 'a1b2c3d4e5f6' },
            properties: {},
          },
          {
            ruleId: 'javascript.lang.security.audit.unsafe-formatstring.unsafe-formatstring',
            message: { text: 'Detected string concatenation with a non-literal variable in a util.format / console.log function.' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'src/log.js', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 30, snippet: { text: 'console.log("user " + name)' } },
                },
              },
            ],
            fingerprints: { 'matchBasedId/v1': 'b2c3d4e5f6a1' },
            properties: {},
          },
          {
            // nosemgrep: an in-source suppression without status → suppressed.
            ruleId: 'javascript.lang.security.detect-eval-with-expression.detect-eval-with-expression',
            message: { text: 'Detected the use of eval().' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'src/eval.js', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 2, snippet: { text: 'eval(code) // nosemgrep' } },
                },
              },
            ],
            fingerprints: { 'matchBasedId/v1': 'c3d4e5f6a1b2' },
            suppressions: [{ kind: 'inSource' }],
            properties: {},
          },
        ],
      },
    ],
  }
}

/** Semgrep: error default → high, note default → low, eval suppressed. */
export const SEMGREP_COUNTS = { critical: 0, high: 1, medium: 0, low: 1 }

export function osvSarif(): unknown {
  return {
    version: '2.1.0',
    $schema: SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            informationUri: 'https://github.com/google/osv-scanner',
            name: 'osv-scanner',
            rules: [
              {
                id: 'GHSA-c2qf-rxjj-qqgw',
                shortDescription: { text: 'GHSA-c2qf-rxjj-qqgw: semver vulnerable to Regular Expression Denial of Service' },
                fullDescription: { text: 'Versions of the package semver before 7.5.2 are vulnerable to ReDoS.', markdown: '...' },
                help: { text: 'Upgrade semver', markdown: '' },
                properties: { 'security-severity': '7.5' },
              },
              { id: 'GHSA-j8xg-fqg3-53r7', shortDescription: { text: 'GHSA-j8xg-fqg3-53r7: word-wrap ReDoS' }, help: { text: 'Upgrade' } },
            ],
            version: '1.9.2',
          },
        },
        artifacts: [{ location: { uri: 'file:///home/runner/work/app/app/package-lock.json' }, length: -1 }],
        results: [
          {
            ruleId: 'GHSA-c2qf-rxjj-qqgw',
            ruleIndex: 0,
            level: 'warning',
            message: { text: "Package 'semver@7.5.1' is vulnerable to 'GHSA-c2qf-rxjj-qqgw' (also known as 'CVE-2022-25883')." },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'package-lock.json' } } }],
          },
          {
            ruleId: 'GHSA-j8xg-fqg3-53r7',
            ruleIndex: 1,
            level: 'warning',
            message: { text: "Package 'word-wrap@1.2.3' is vulnerable to 'GHSA-j8xg-fqg3-53r7'." },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'package-lock.json' } } }],
          },
        ],
      },
    ],
  }
}

/** osv-scanner: 7.5 → high; no score, level warning → medium. */
export const OSV_COUNTS = { critical: 0, high: 1, medium: 1, low: 0 }

/** @microsoft/eslint-formatter-sarif with eslint-plugin-security: absolute file:// URIs under `root`. */
export function eslintSarif(root: string): unknown {
  const uri = (rel: string) => new URL(`file://${root.replace(/\/?$/, '/')}${rel}`).href
  return {
    version: '2.1.0',
    $schema: 'http://json.schemastore.org/sarif-2.1.0-rtm.5',
    runs: [
      {
        tool: {
          driver: {
            name: 'ESLint',
            informationUri: 'https://eslint.org',
            rules: [
              {
                id: 'security/detect-eval-with-expression',
                helpUri: 'https://github.com/eslint-community/eslint-plugin-security/blob/main/docs/rules/detect-eval-with-expression.md',
                properties: { category: 'Possible Security Vulnerability' },
                shortDescription: { text: 'Detects "eval(variable)" which can allow an attacker to run arbitrary code inside your process.' },
              },
              {
                id: 'security/detect-object-injection',
                properties: { category: 'Possible Security Vulnerability' },
                shortDescription: { text: 'Detects "variable[key]" as a left- or right-hand assignment operand.' },
              },
            ],
            version: '9.39.1',
          },
        },
        artifacts: [{ location: { uri: uri('src/eval.js') } }, { location: { uri: uri('src/map.js') } }],
        results: [
          {
            level: 'error',
            message: { text: 'eval with argument of type Identifier' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri('src/eval.js'), index: 0 },
                  region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 11 },
                },
              },
            ],
            ruleId: 'security/detect-eval-with-expression',
            ruleIndex: 0,
          },
          {
            level: 'warning',
            message: { text: 'Generic Object Injection Sink' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri('src/map.js'), index: 1 },
                  region: { startLine: 5, startColumn: 10, endLine: 5, endColumn: 20 },
                },
              },
            ],
            ruleId: 'security/detect-object-injection',
            ruleIndex: 1,
          },
        ],
      },
    ],
  }
}

/** ESLint: error → high, warning → medium. */
export const ESLINT_COUNTS = { critical: 0, high: 1, medium: 1, low: 0 }

/** `npm audit --json` from npm 7+ (auditReportVersion 2). */
export function npmAudit(): unknown {
  return {
    auditReportVersion: 2,
    vulnerabilities: {
      minimist: {
        name: 'minimist',
        severity: 'critical',
        isDirect: false,
        via: [
          {
            source: 1097677,
            name: 'minimist',
            dependency: 'minimist',
            title: 'Prototype Pollution in minimist',
            url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
            severity: 'critical',
            cwe: ['CWE-1321'],
            cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
            range: '<0.2.4',
          },
        ],
        effects: ['mkdirp'],
        range: '<=0.2.3',
        nodes: ['node_modules/minimist'],
        fixAvailable: true,
      },
      mkdirp: {
        name: 'mkdirp',
        severity: 'critical',
        isDirect: true,
        via: ['minimist'],
        effects: [],
        range: '0.4.1 - 0.5.1',
        nodes: ['node_modules/mkdirp'],
        fixAvailable: true,
      },
      'word-wrap': {
        name: 'word-wrap',
        severity: 'moderate',
        isDirect: false,
        via: [
          {
            source: 1102444,
            name: 'word-wrap',
            dependency: 'word-wrap',
            title: 'word-wrap vulnerable to Regular Expression Denial of Service',
            url: 'https://github.com/advisories/GHSA-j8xg-fqg3-53r7',
            severity: 'moderate',
            cwe: ['CWE-1333'],
            cvss: { score: 0, vectorString: null },
            range: '<1.2.4',
          },
        ],
        effects: [],
        range: '<1.2.4',
        nodes: ['node_modules/word-wrap'],
        fixAvailable: true,
      },
    },
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 2, total: 3 },
      dependencies: { prod: 10, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 10 },
    },
  }
}

/** npm audit: minimist critical (9.8); word-wrap moderate → medium (score 0 means none). */
export const NPM_COUNTS = { critical: 1, high: 0, medium: 1, low: 0 }

/** A big SARIF for the bench: `n` results over `rules` rules, in one run. */
export function bigSarif(n: number, rules = 200): unknown {
  const ruleList = Array.from({ length: rules }, (_, i) => ({
    id: `rule-${i}`,
    defaultConfiguration: { level: i % 3 === 0 ? 'error' : 'warning' },
    properties: i % 5 === 0 ? { 'security-severity': String((i % 100) / 10) } : {},
  }))
  const results = Array.from({ length: n }, (_, i) => ({
    ruleId: `rule-${i % rules}`,
    ruleIndex: i % rules,
    message: { text: `Finding ${i}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: `src/file-${i % 500}.js` }, region: { startLine: (i % 400) + 1 } } }],
    partialFingerprints: { primaryLocationLineHash: `${i.toString(16).padStart(16, '0')}:1` },
  }))
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'Bench', rules: ruleList } }, results }] }
}

/**
 * @microsoft/eslint-formatter-sarif on a file ESLint cannot parse, as the real formatter wrote
 * it (ESLint 9): no result, the parse error as a configuration notification, and
 * `executionSuccessful: false`.
 */
export function eslintParseErrorSarif(root: string): unknown {
  const uri = (rel: string) => new URL(`file://${root.replace(/\/?$/, '/')}${rel}`).href
  return {
    version: '2.1.0',
    $schema: 'http://json.schemastore.org/sarif-2.1.0-rtm.6',
    runs: [
      {
        tool: { driver: { name: 'ESLint', informationUri: 'https://eslint.org', rules: [], version: '9.39.1' } },
        artifacts: [{ location: { uri: uri('src/broken.js') } }],
        results: [],
        invocations: [
          {
            toolConfigurationNotifications: [
              {
                level: 'error',
                message: { text: 'Parsing error: Unexpected token' },
                locations: [{ physicalLocation: { artifactLocation: { uri: uri('src/broken.js'), index: 0 }, region: { startLine: 2, startColumn: 1 } } }],
                descriptor: { id: 'ESL0999' },
              },
            ],
            executionSuccessful: false,
          },
        ],
      },
    ],
  }
}

/** CodeQL's `database analyze` when a query pack fails: an error notification and exit code 2. */
export function codeqlFailedSarif(): unknown {
  return {
    version: '2.1.0',
    $schema: SCHEMA,
    runs: [
      {
        tool: { driver: { name: 'CodeQL', organization: 'GitHub', semanticVersion: '2.19.3', rules: [] } },
        results: [],
        invocations: [
          {
            executionSuccessful: false,
            exitCode: 2,
            toolExecutionNotifications: [
              { level: 'note', message: { text: 'Extracted 112 of 112 JavaScript files' }, descriptor: { id: 'js/diagnostics/successfully-extracted-files' } },
              { level: 'error', message: { text: 'Out of memory while evaluating js/sql-injection' }, descriptor: { id: 'cli/query-evaluation-failed' } },
            ],
          },
        ],
      },
    ],
  }
}
