import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely'

/**
 * Issue #19, ready for Citus: the README's distribution plan spreads a school's tables over nodes by `school_id`,
 * so every statement the server runs on one of them must name the school (`WHERE school_id = …`, or the column
 * of an INSERT). Every in-process test server records its statements here, and each test file ends by checking
 * them (sqlAuditSetup.ts): the whole server suite is the workload. Processes the tests spawn are not recorded.
 */

/** Distributed by `school_id` (README «Распределение по школам»); the others are reference tables, copied to every node. */
const DISTRIBUTED_TABLES = ['records', 'client_state', 'rejections', 'survey_answers', 'survey_secrets', 'audit_log', 'erasure_mentions', 'handovers'] as const

const touches = new RegExp(`\\b(?:from|into|update|join)\\s+"?(${DISTRIBUTED_TABLES.join('|')})"?(?=[\\s,;)]|$)`, 'gi')
const namesSchool = /"?school_id"?\s*(?:=|in\b)|insert\s+into\s+"?\w+"?\s*\([^)]*"?school_id"?/i

/** Which distributed tables a statement reads or writes. */
export function distributedTablesOf(sql: string): string[] {
  return [...sql.matchAll(touches)].map(match => match[1]!.toLowerCase())
}

/** Where `writeAll` (src/server/storage/dialect.ts) joins its writes into one statement: each must name the school itself. */
const joinedWrites = /(?:^with |, )"write\d+" as \(|\) (?=(?:insert|update|delete) )/

const unscoped = (sql: string) => distributedTablesOf(sql).length > 0 && !namesSchool.test(sql)

/**
 * The statements that touch a distributed table without naming the school. None is allowed: even the region's
 * roll-up reads its schools one by one, so each query lands on one node.
 */
export function unscopedStatements(statements: Iterable<string>): string[] {
  return [...statements].filter(sql => sql.split(joinedWrites).some(unscoped))
}

const recorded = new Set<string>()
let run = 0

/** On the app's Kysely only: each distinct statement the server runs, compiled as the database receives it. */
export class StatementRecorder<DB> implements KyselyPlugin {
  constructor(private readonly db: Kysely<DB>) {}

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    recorded.add(this.db.getExecutor().compileQuery(node, queryId).sql)
    return node
  }

  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    run++
    return Promise.resolve(result)
  }
}

/** How many statements this test file's servers ran so far (BEGIN and COMMIT are not counted): each a round trip on PostgreSQL. */
export const statementsRun = (): number => run

/** What this test file's servers ran so far. */
export const recordedStatements = (): ReadonlySet<string> => recorded
