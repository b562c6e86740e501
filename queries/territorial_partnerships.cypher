// title: Partnerships of a territorial body
// description: The agreements a territorial collectivity (region, province, prefecture, commune) is party to, with each other party and the signing date.
// param: institution iri required — IRI of the territorial collectivity
// columns: agreement, purpose, partner, date, agreement_iri
MATCH (t:Resource:TerritorialCollectivity {iri: $institution})-[:PARTY_TO]->(a:Agreement)
WHERE a.name_ar IS NOT NULL
OPTIONAL MATCH (o:Resource)-[:PARTY_TO]->(a) WHERE o <> t AND o.name_ar IS NOT NULL
OPTIONAL MATCH (a)-[:SIGNED_AT]->(e:Resource)
RETURN DISTINCT a.name_ar AS agreement, coalesce(a.purpose_ar, '') AS purpose, coalesce(o.name_ar, '') AS partner,
       coalesce(e.date, '') AS date, a.iri AS agreement_iri
ORDER BY agreement, purpose, partner, date, agreement_iri
