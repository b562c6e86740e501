// title: A person's timeline
// description: The posts a person was reported holding (with the date the holding was attested) and the events they chaired or attended, in date order.
// param: person iri required — IRI of the person
// columns: date, role, what, institution, iri
MATCH (person:Resource {iri: $person})
CALL (person) {
  MATCH (person)-[:HAS_TENURE]->(t:Tenure)-[:OF_POST]->(p:Resource)
  OPTIONAL MATCH (p)-[:POST_IN]->(i:Resource)
  RETURN coalesce(t.attested_on, '') AS date, 'post' AS role, p.name_ar AS what, coalesce(i.name_ar, '') AS institution,
         p.iri AS iri
  UNION
  MATCH (person)-[:CHAIRED]->(e:Event)
  OPTIONAL MATCH (e)-[:OF_BODY]->(i:Resource)
  RETURN coalesce(e.date, '') AS date, 'chair' AS role, e.name_ar AS what, coalesce(i.name_ar, '') AS institution,
         e.iri AS iri
  UNION
  MATCH (person)-[:ATTENDED]->(e:Event)
  OPTIONAL MATCH (e)-[:OF_BODY]->(i:Resource)
  RETURN coalesce(e.date, '') AS date, 'participant' AS role, e.name_ar AS what,
         coalesce(i.name_ar, '') AS institution, e.iri AS iri
}
WITH date, role, what, institution, iri WHERE what IS NOT NULL
RETURN DISTINCT date, role, what, institution, iri
ORDER BY date, role, what, institution, iri
