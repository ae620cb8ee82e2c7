// GraphiQL for people: the same /graphql endpoint API clients use, with the schema's descriptions in its documentation pane.
import { createRoot } from 'react-dom/client';
import { buildSchema } from 'graphql';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });
const defaultQuery = `# Any name works: spellings, translations, Arabic script.
{
  faction(name: "Army of Conquest") {
    name
    kind
    members { member { name } since evidence { quote stance article { title outlet } } }
  }
}
`;

// The schema comes from the API's SDL (with every description) rather than GraphiQL's introspection query,
// whose nesting costs more than the endpoint's complexity limit allows a single query.
async function loadSchema() {
  const response = await fetch('/graphql/schema.graphql');
  return buildSchema(await response.text());
}

const root = createRoot(document.getElementById('graphiql'));
loadSchema().then(
  (schema) => root.render(<GraphiQL fetcher={fetcher} schema={schema} defaultQuery={defaultQuery} />),
  () => root.render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />));
