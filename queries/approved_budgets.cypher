// title: Institutions with the most approved budgets per year
// description: For each year (the decision's fiscal year, else the year of the session), the institutions whose sessions approved budgets, most first.
// param: year int optional — only this year
// columns: fiscal_year, institution, institution_iri, budgets
MATCH (dec:Decision {kind: 'budget', action: 'approve'})-[:DECIDED_AT]->(e:Resource)-[:OF_BODY]->(i:Resource)
WHERE i.name_ar IS NOT NULL
WITH dec, i, coalesce(dec.fiscal_year, toInteger(substring(e.date, 0, 4))) AS fiscal_year
WHERE fiscal_year IS NOT NULL AND ($year IS NULL OR fiscal_year = $year)
RETURN fiscal_year, i.name_ar AS institution, i.iri AS institution_iri, count(DISTINCT dec) AS budgets
ORDER BY fiscal_year DESC, budgets DESC, institution, institution_iri
