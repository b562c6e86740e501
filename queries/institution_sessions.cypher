// title: Sessions of an institution and their decisions
// description: Every event where the institution met or that it organised, with each decision taken there (kind and action as notations).
// param: institution iri required — IRI of the institution
// columns: date, event, decision, kind, action, event_iri
MATCH (e:Event)-[:OF_BODY|ORGANIZED_BY]->(:Resource {iri: $institution})
WHERE e.name_ar IS NOT NULL
OPTIONAL MATCH (dec:Decision)-[:DECIDED_AT]->(e)
WITH e, dec WHERE dec IS NULL OR dec.name_ar IS NOT NULL
RETURN DISTINCT coalesce(e.date, '') AS date, e.name_ar AS event, coalesce(dec.name_ar, '') AS decision,
       coalesce(dec.kind, '') AS kind, coalesce(dec.action, '') AS action, e.iri AS event_iri
ORDER BY date, event, decision, kind, action, event_iri
