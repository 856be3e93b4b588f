// The words around a count now live with the shared rules: pluralize in @subpoena-tracker/domain, unreportedNote in
// @subpoena-tracker/charts. Re-exported here only for the modules that still import them from this file
// (modules/jurisdictions); new code imports them from the packages.
export { pluralize } from "@subpoena-tracker/domain";
export { unreportedNote } from "@subpoena-tracker/charts";
