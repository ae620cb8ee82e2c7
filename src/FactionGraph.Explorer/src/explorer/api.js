// The explorer's only way to the data: GraphQL over HTTP at /graphql, the same endpoint every client uses.

export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => e.message).join('; '));
  return answer.data;
}

const factionFields = 'id name kind aliases firstSeen lastSeen';

/** A faction by id or by any of its names; null when unknown. */
export async function findFaction(idOrName) {
  const data = await graphql(
    `query Find($q: ID!, $name: String!) { byId: faction(id: $q) { ${factionFields} } byName: faction(name: $name) { ${factionFields} } }`,
    { q: idOrName, name: idOrName });
  return data.byId ?? data.byName;
}

export async function suggest(text) {
  const data = await graphql(
    'query Suggest($search: String) { factions(search: $search, first: 10) { nodes { id name kind aliases } } }', { search: text });
  return data.factions.nodes;
}

const edgeFields = 'id type since until relation { assertingCount denyingCount evidence { stance } }';

/** What the drawing and the list need about one faction as of a day (null: all time). */
export async function neighbourhood(id, asOf, depth = 1) {
  const data = await graphql(
    `query Neighbourhood($id: ID!, $asOf: Date, $depth: Int) {
      neighborhood(id: $id, depth: $depth, activeOn: $asOf) { truncated nodes { id name kind degree } edges { source target ${edgeFields} } }
      faction(id: $id) {
        ${factionFields}
        relations(activeOn: $asOf) { id type since until assertingCount denyingCount evidence { stance }
          source { id name kind } target { id name kind } }
      }
    }`, { id, asOf, depth });
  return data;
}

/** Every piece of evidence of one edge, found through its source faction (edge ids are source~TYPE~target). */
export async function edgeEvidence(edge) {
  const data = await graphql(
    `query Evidence($source: ID!, $types: [RelationType!]) {
      faction(id: $source) { relations(types: $types, direction: OUTGOING) {
        id type since until assertingCount denyingCount source { name } target { name }
        evidence { quote stance date article { id title outlet publishedAt url } } } }
    }`, { source: edge.source, types: [edge.type] });
  return data.faction?.relations.find((r) => r.id === edge.id) ?? null;
}

/** A faction's names and the articles that mention it. */
export async function factionEvidence(id) {
  const data = await graphql(
    `query FactionEvidence($id: ID!) {
      faction(id: $id) { ${factionFields} articles(first: 50) { totalCount nodes { id title outlet publishedAt url } } }
    }`, { id });
  return data.faction;
}

/** A shortest path over all time (the API's path search takes no date). */
export async function path(from, to) {
  const data = await graphql(
    `query Path($from: ID!, $to: ID!) {
      path(from: $from, to: $to, maxHops: 6) { nodes { id name kind degree } edges { source target ${edgeFields} } }
    }`, { from, to });
  return data.path;
}
