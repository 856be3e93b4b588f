import dictionary from "../../../gql/data-dictionary.json";
import {
  describeType,
  groupDictionary,
  type DataDictionary as Dictionary,
  type DictionaryType,
} from "../utils/dictionary";

/** The schema's descriptions mark code with backticks (Markdown): shown as code, never as raw backticks. */
function Described({ text }: { text: string }) {
  const parts = text.split("`");
  // An odd part count means the backticks pair up; a stray one is left as it is.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>;
}

function TypeEntry({ type }: { type: DictionaryType }) {
  return (
    <div id={`type-${type.name}`}>
      <h3>
        <code>{type.name}</code>
      </h3>
      {type.description && (
        <p>
          <Described text={type.description} />
        </p>
      )}
      {type.fields && type.fields.length > 0 && (
        <div className="chart-figure__table" role="region" aria-label={`Fields of ${type.name}`} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">Fields of {type.name}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Type</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {type.fields.map((field) => (
                <tr key={field.name}>
                  <th scope="row">
                    <code>{field.name}</code>
                  </th>
                  <td>{describeType(field.type)}</td>
                  <td>{field.description ? <Described text={field.description} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {type.values && type.values.length > 0 && (
        <dl className="facts">
          {type.values.map((value) => (
            <div key={value.name}>
              <dt>
                <code>{value.name}</code>
              </dt>
              <dd>{value.description ? <Described text={value.description} /> : "—"}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

// Generated from the API schema's descriptions, so it always says what the API says.
export function DataDictionary() {
  const sections = groupDictionary(dictionary as Dictionary);
  return (
    <div className="dictionary" data-testid="data-dictionary">
      <h3 className="visually-hidden">Records</h3>
      {sections.records.map((type) => (
        <TypeEntry key={type.name} type={type} />
      ))}
      <details>
        <summary>Counts and dataset totals</summary>
        {sections.counts.map((type) => (
          <TypeEntry key={type.name} type={type} />
        ))}
      </details>
      <details>
        <summary>Vocabularies: outcomes, statuses, kinds and partial dates</summary>
        {sections.vocabularies.map((type) => (
          <TypeEntry key={type.name} type={type} />
        ))}
      </details>
      <details>
        <summary>Filters</summary>
        {sections.inputs.map((type) => (
          <TypeEntry key={type.name} type={type} />
        ))}
      </details>
    </div>
  );
}
