// The site's addresses live in the domain package, shared with the server (which answers 404 for unknown pages).
export {
  isEditorRoute,
  matchRoute,
  paths,
  RECORD_TABLES,
  type EditorRoute,
  type RecordTableName,
  type Route,
} from "@subpoena-tracker/domain";
