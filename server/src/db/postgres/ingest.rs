//! Ingest, the search index behind it, and the limits shared by servers, on PostgreSQL (kept
//! apart from the rest of the backend so that no file is too long to read).

use super::*;

impl Postgres {
    pub(super) async fn ingest_batch(
        &self,
        device: &Device,
        batch: Batch,
    ) -> DbResult<IngestOutcome> {
        let Batch {
            items,
            now,
            quota_bytes,
        } = batch;
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let (device_id, team_id) = (device.id, device.team_id.to_string());
        let device_text = device_id.to_string();
        let day = rules::utc_day(now);
        if quota_bytes.is_some() {
            // Takes this device's day row (made if need be) and holds it to the commit:
            // concurrent batches from one device wait here, each seeing what the one before it
            // stored, so together they overshoot the quota by one batch at most.
            let used: i64 = tx
                .query_one(
                    "INSERT INTO device_days (device_id, day, bytes) VALUES ($1, $2, 0)
                     ON CONFLICT (device_id, day) DO UPDATE SET bytes = device_days.bytes
                     RETURNING bytes",
                    &[&device_text, &day],
                )
                .await?
                .try_get(0)?;
            if !rules::under_quota(used, quota_bytes) {
                return Ok(IngestOutcome::OverQuota { used });
            }
        }
        // Every new id in one statement (the first of an id sent twice), each made pending for
        // the search index in the same statement.
        let mut seen = std::collections::HashSet::new();
        let first: Vec<bool> = items.iter().map(|i| seen.insert(i.id)).collect();
        let fresh: Vec<&NewReflection> = items
            .iter()
            .zip(&first)
            .filter_map(|(i, f)| f.then_some(i))
            .collect();
        let column = |f: fn(&NewReflection) -> Option<String>| -> Vec<Option<String>> {
            fresh.iter().map(|i| f(i)).collect()
        };
        let ids = column(|i| Some(i.id.to_string()));
        let weeks = column(|i| Some(i.week.clone()));
        let versions = column(|i| Some(i.content_version.clone()));
        let themes = column(|i| Some(themes_to_text(&i.themes)));
        let texts = column(|i| Some(i.text.clone()));
        let hashes = column(|i| Some(i.body_hash.clone()));
        let authors = column(|i| i.author.clone());
        let signals = column(|i| i.signals.as_deref().map(themes_to_text));
        let judgements = column(|i| i.judgement.clone());
        let decisions = column(|i| i.decision.clone());
        let dues = column(|i| i.actions_due.as_deref().map(themes_to_text));
        let urgencies: Vec<i64> = fresh.iter().map(|i| i.urgency).collect();
        let cases = column(|i| i.case_key.clone());
        let inserted: std::collections::HashSet<String> = tx
            .query(
                "WITH ins AS (
                     INSERT INTO reflections (id, team_id, device_id, week, content_version,
                         themes, text, body_hash, received_at, author_name, signals, judgement,
                         decision, actions_due, urgency, case_key)
                     SELECT u.id, $1, $2, u.week, u.cv, u.themes, u.text, u.hash, $3, u.author,
                         u.signals, u.judgement, u.decision, u.due, u.urgency, u.case_key
                     FROM unnest($4::TEXT[], $5::TEXT[], $6::TEXT[], $7::TEXT[], $8::TEXT[],
                         $9::TEXT[], $10::TEXT[], $11::TEXT[], $12::TEXT[], $13::TEXT[],
                         $14::TEXT[], $15::INT8[], $16::TEXT[])
                         AS u(id, week, cv, themes, text, hash, author, signals, judgement,
                              decision, due, urgency, case_key)
                     ON CONFLICT (id) DO NOTHING
                     RETURNING seq, id),
                 pending AS (INSERT INTO search_pending (seq) SELECT seq FROM ins)
                 SELECT id FROM ins",
                &[
                    &team_id,
                    &device_text,
                    &now,
                    &ids,
                    &weeks,
                    &versions,
                    &themes,
                    &texts,
                    &hashes,
                    &authors,
                    &signals,
                    &judgements,
                    &decisions,
                    &dues,
                    &urgencies,
                    &cases,
                ],
            )
            .await?
            .iter()
            .map(|r| r.try_get::<_, String>("id"))
            .collect::<Result<_, _>>()?;
        // What is stored under the other ids (before this batch, or by its first of an id).
        let others: Vec<String> = items
            .iter()
            .zip(&first)
            .filter(|(i, f)| !(**f && inserted.contains(&i.id.to_string())))
            .map(|(i, _)| i.id.to_string())
            .collect();
        let mut existing = std::collections::HashMap::new();
        if !others.is_empty() {
            for r in tx
                .query(
                    "SELECT id, body_hash, device_id FROM reflections WHERE id = ANY($1)",
                    &[&others],
                )
                .await?
            {
                let id: String = r.try_get("id")?;
                existing.insert(id, rows::existing(&r)?);
            }
        }
        let out: Vec<Ingested> = items
            .iter()
            .zip(&first)
            .map(|(item, f)| {
                let id = item.id.to_string();
                if *f && inserted.contains(&id) {
                    Ingested::Stored
                } else {
                    rules::judge(existing.get(&id), item, device_id)
                }
            })
            .collect();
        let stored = out.iter().filter(|o| **o == Ingested::Stored).count();
        if let Some(person) = rules::last_author(&items, &out) {
            tx.execute(
                "UPDATE devices SET person = $2 WHERE id = $1 AND person IS DISTINCT FROM $2",
                &[&device_text, &person],
            )
            .await?;
        }
        let bytes = rules::stored_bytes(&items, &out);
        if bytes > 0 {
            tx.execute(
                "INSERT INTO device_days (device_id, day, bytes) VALUES ($1, $2, $3)
                 ON CONFLICT (device_id, day) DO UPDATE SET bytes = device_days.bytes + excluded.bytes",
                &[&device_text, &day, &bytes],
            )
            .await?;
        }
        if let Some(detail) = rules::ingest_detail(stored) {
            write_audit(
                &tx,
                &AuditEntry::new(&Actor::Device(device_id), AuditAction::Ingest, detail, now),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(IngestOutcome::Judged(out))
    }

    pub(super) async fn index_pending(&self, limit: i64) -> DbResult<i64> {
        let g = self.client().await?;
        // Rows another server is indexing right now are skipped, not waited for.
        let n = (**g)
            .execute(
                "WITH batch AS (
                     DELETE FROM search_pending WHERE seq IN (
                         SELECT seq FROM search_pending ORDER BY seq LIMIT $1
                         FOR UPDATE SKIP LOCKED)
                     RETURNING seq)
                 INSERT INTO reflection_search (seq, search)
                 SELECT r.seq, to_tsvector('english', r.text)
                 FROM reflections r JOIN batch b ON b.seq = r.seq
                 ON CONFLICT (seq) DO NOTHING",
                &[&limit],
            )
            .await?;
        Ok(i64::try_from(n).unwrap_or(i64::MAX))
    }

    pub(super) async fn count_pending(&self, team: Uuid) -> DbResult<i64> {
        let n = self
            .one(
                "SELECT count(*) AS n FROM search_pending p JOIN reflections r ON r.seq = p.seq
                 WHERE r.team_id = $1",
                &[&team.to_string()],
                |r| r.int("n"),
            )
            .await?;
        Ok(n.unwrap_or(0))
    }

    pub(super) async fn shared_bucket(
        &self,
        request: &rules::BucketRequest<'_>,
    ) -> DbResult<rules::Bucket> {
        use rules::{BucketOp, apply};
        let rules::BucketRequest {
            bucket,
            key,
            op,
            per_second,
            burst,
        } = *request;
        let g = self.client().await?;
        if op == BucketOp::Peek {
            // A look takes nothing: read the bucket (a missing one is full), write nothing.
            let row = (**g)
                .query_opt(
                    "SELECT tokens, extract(epoch FROM clock_timestamp())::FLOAT8 - at AS elapsed
                     FROM throttle WHERE bucket = $1 AND key = $2",
                    &[&bucket, &key],
                )
                .await?;
            return Ok(match row {
                Some(r) => apply(
                    r.try_get("tokens")?,
                    r.try_get("elapsed")?,
                    per_second,
                    burst,
                    op,
                ),
                None => apply(burst, 0.0, per_second, burst, op),
            });
        }
        // The arithmetic of `limits::apply`, on the database's clock, in one statement (the row
        // is locked by the upsert, so concurrent requests on one bucket take turns).
        const NOW: &str =
            "least($5::FLOAT8, t.tokens + greatest(0, excluded.at - t.at) * $4::FLOAT8)";
        let sql = format!(
            "INSERT INTO throttle AS t (bucket, key, tokens, at, ok)
             VALUES ($1, $2, $5::FLOAT8 - 1, extract(epoch FROM clock_timestamp())::FLOAT8,
                 $5::FLOAT8 >= 1)
             ON CONFLICT (bucket, key) DO UPDATE SET
                 tokens = CASE
                     WHEN $3 = 'take' AND {NOW} < 1 THEN {NOW}
                     ELSE greatest(0, {NOW} - 1) END,
                 ok = {NOW} >= 1,
                 at = greatest(t.at, excluded.at)
             RETURNING tokens, ok"
        );
        let row = (**g)
            .query_one(&sql, &[&bucket, &key, &op.as_str(), &per_second, &burst])
            .await?;
        Ok(rules::Bucket {
            had_token: row.try_get("ok")?,
            tokens: row.try_get("tokens")?,
        })
    }

    pub(super) async fn prune_buckets(&self) -> DbResult<()> {
        let g = self.client().await?;
        (**g)
            .execute(
                "DELETE FROM throttle WHERE at < extract(epoch FROM clock_timestamp()) - 3600",
                &[],
            )
            .await?;
        Ok(())
    }
}
