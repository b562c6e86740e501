// title: Co-attendance around a person
// description: The people who chaired or attended the same events as a person, with the number of events shared, most shared first.
// param: person iri required — IRI of the person
// columns: co_attendee, co_attendee_iri, shared_events
MATCH (p:Resource {iri: $person})-[:CHAIRED|ATTENDED]->(e:Resource)<-[:CHAIRED|ATTENDED]-(o:Person)
WHERE o <> p AND o.name_ar IS NOT NULL
RETURN o.name_ar AS co_attendee, o.iri AS co_attendee_iri, count(DISTINCT e) AS shared_events
ORDER BY shared_events DESC, co_attendee, co_attendee_iri
