// title: Who chaired what
// description: Events and the person or post that chaired them, filtered by the chair's name, the body that met, and a date range (every filter optional).
// param: person str optional — part of the chair's name, as written in Arabic
// param: institution str optional — part of the name of the body that met
// param: date_from date optional — earliest event date (YYYY-MM-DD)
// param: date_to date optional — latest event date (YYYY-MM-DD)
// columns: chair, event, date, body, event_iri
MATCH (c:Resource)-[:CHAIRED]->(e:Event)
OPTIONAL MATCH (e)-[:OF_BODY]->(b:Resource)
WITH c.name_ar AS chair, e.name_ar AS event, coalesce(e.date, '') AS date, coalesce(b.name_ar, '') AS body,
     e.iri AS event_iri
WHERE chair IS NOT NULL AND event IS NOT NULL
  AND ($person IS NULL OR chair CONTAINS $person)
  AND ($institution IS NULL OR body CONTAINS $institution)
  AND ($date_from IS NULL OR (date <> '' AND date >= $date_from))
  AND ($date_to IS NULL OR (date <> '' AND date <= $date_to))
RETURN DISTINCT chair, event, date, body, event_iri
ORDER BY chair, event, date, body, event_iri
