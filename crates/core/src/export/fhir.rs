//! FHIR R4: a `collection` Bundle with a pseudonymous Patient and one Observation per
//! reading a caregiver confirmed or corrected (what only the machine read, or a person
//! dismissed, does not leave as a fact). Pain scores use LOINC 72514-3 (0–10 numeric
//! rating); the other readings use Hearth's own code system, named below, which a
//! receiving system can map to its terminology.

use serde_json::{json, Value};

use super::{utc, Record};
use crate::journal::reviews::Status;

/// Hearth's codes for readings ("mood", "sleep"…) and their values ("low", "poor"…).
pub const SIGNAL_SYSTEM: &str = "urn:hearth:wellbeing-signal";
pub const VALUE_SYSTEM: &str = "urn:hearth:wellbeing-value";
const LOINC: &str = "http://loinc.org";

pub fn bundle(r: &Record) -> Value {
    let patient_id = format!("hearth-{}", r.pseudonym);
    let patient = json!({
        "resourceType": "Patient",
        "id": patient_id,
        "identifier": [{ "system": "urn:hearth:pseudonym", "value": r.pseudonym }],
        "communication": [{ "language": { "coding": [{
            "system": "urn:ietf:bcp:47", "code": r.resident.language }] } }]
    });
    let mut entries = vec![entry(patient)];
    for n in &r.notes {
        for s in &n.signals {
            let (Some(review), Some(now)) = (&s.review, s.reading()) else {
                continue;
            };
            let status = if now.status == Status::Corrected {
                "amended"
            } else {
                "final"
            };
            let mut obs = json!({
                "resourceType": "Observation",
                "id": format!("hearth-signal-{}", s.id),
                "status": status,
                "category": [{ "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "survey" }] }],
                "subject": { "reference": format!("Patient/{patient_id}") },
                "effectiveDateTime": utc(n.created_ms),
                "issued": utc(review.created_ms),
                "performer": [{ "display": review.author }],
                "note": [{ "text": format!("Said: \u{201c}{}\u{201d}", s.read.evidence) }]
            });
            let o = obs.as_object_mut().expect("an object");
            let score = now
                .severity
                .filter(|_| now.kind == "pain" && now.value == "present");
            match score {
                Some(score) => {
                    o.insert("code".into(), json!({ "coding": [{ "system": LOINC, "code": "72514-3",
                        "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }],
                        "text": "pain" }));
                    o.insert("valueInteger".into(), json!(score));
                }
                None => {
                    o.insert(
                        "code".into(),
                        json!({ "coding": [{ "system": SIGNAL_SYSTEM,
                        "code": now.kind }], "text": now.kind }),
                    );
                    o.insert(
                        "valueCodeableConcept".into(),
                        json!({ "coding": [{
                        "system": VALUE_SYSTEM, "code": now.value }], "text": now.value }),
                    );
                }
            }
            if let Some(place) = &now.location {
                o.insert("bodySite".into(), json!({ "text": place }));
            }
            entries.push(entry(obs));
        }
    }
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": utc(crate::clock::now_ms()),
        "entry": entries
    })
}

fn entry(resource: Value) -> Value {
    let full_url = format!(
        "urn:hearth:{}/{}",
        resource["resourceType"].as_str().unwrap_or_default(),
        resource["id"].as_str().unwrap_or_default()
    );
    json!({ "fullUrl": full_url, "resource": resource })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{record, testing};

    #[test]
    fn an_observation_per_decided_reading_about_a_pseudonymous_patient() {
        let (_d, s, rose) = testing::journal();
        let r = record(&s, rose, 0, i64::MAX).unwrap();
        let b = bundle(&r);
        let text = b.to_string();
        assert!(!text.contains("Rose"), "the name stays in Hearth");
        let resources: Vec<&Value> = b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .collect();
        assert_eq!(resources[0]["resourceType"], "Patient");
        let obs: Vec<&&Value> = resources
            .iter()
            .filter(|r| r["resourceType"] == "Observation")
            .collect();
        // The corrected pain only: the dismissed sleep and the inferred mood stay behind.
        assert_eq!(obs.len(), 1, "{text}");
        let pain = obs[0];
        assert_eq!(pain["status"], "amended");
        assert_eq!(pain["code"]["coding"][0]["code"], "72514-3");
        assert_eq!(pain["valueInteger"], 4);
        assert_eq!(pain["bodySite"]["text"], "hip");
        assert_eq!(pain["performer"][0]["display"], "Inès");
        assert_eq!(
            pain["subject"]["reference"],
            format!("Patient/hearth-{}", r.pseudonym)
        );
    }
}
