// The PouchDB pieces the comparison uses, typed as far as it uses them. Not @types/pouchdb-*: those declare a
// global `Buffer` that breaks Node's own Buffer types for every file compiled with them.
declare namespace PouchDB {
  interface Plugin { readonly __pouchPlugin?: never }
  interface Doc { _id: string, _rev?: string, [field: string]: unknown }
  interface AllDocsResponse { rows: Array<{ id: string, doc?: Doc }> }
  interface Database {
    bulkDocs: (docs: Doc[]) => Promise<unknown>
    allDocs: (options: { keys: string[], include_docs: boolean }) => Promise<AllDocsResponse>
    destroy: () => Promise<unknown>
    replicate: {
      to: (target: Database) => Promise<{ docs_written: number }>
      from: (source: Database) => Promise<{ docs_written: number }>
    }
  }
  interface Static {
    new (name: string, options?: { adapter?: string }): Database
    plugin: (plugin: Plugin) => Static
    defaults: (options: { adapter: string }) => Static
  }
}
declare module 'pouchdb-core' {
  const PouchDB: PouchDB.Static
  export default PouchDB
}
declare module 'pouchdb-browser' {
  const PouchDB: PouchDB.Static
  export default PouchDB
}
declare module 'pouchdb-adapter-http' {
  const plugin: PouchDB.Plugin
  export default plugin
}
declare module 'pouchdb-replication' {
  const plugin: PouchDB.Plugin
  export default plugin
}
declare module 'pouchdb-adapter-memory' {
  const plugin: PouchDB.Plugin
  export default plugin
}
declare module 'pouchdb-mapreduce' {
  const plugin: PouchDB.Plugin
  export default plugin
}
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http'

  interface ExpressPouchOptions {
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'
    inMemoryConfig?: boolean
    logPath?: string
  }
  function expressPouchDB(pouch: unknown, options?: ExpressPouchOptions): RequestListener
  export default expressPouchDB
}
