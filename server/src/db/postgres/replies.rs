//! A supervisor's replies on PostgreSQL: adding one, and replacing it with a corrected or withdrawn
//! version (kept apart from the rest of the backend so that no file is too long to read).

use super::*;

impl Postgres {
    pub(super) async fn new_reply(&self, reply: &NewReply<'_>, now: i64) -> DbResult<Option<i64>> {
        let NewReply {
            supervisor,
            reflection,
            text,
        } = *reply;
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let (rid, team) = (reflection.to_string(), supervisor.team_id.to_string());
        let find = "SELECT device_id FROM reflections WHERE id = $1 AND team_id = $2";
        let Some(device) = tx.query_opt(find, &[&rid, &team]).await? else {
            return Ok(None);
        };
        let device = device.text("device_id")?;
        // Devices read replies by sequence number. Sequence numbers are taken at insert but
        // become visible at commit, so two repliers could commit out of order and a device
        // reading between the commits would move its cursor past the later-committing, lower
        // number for ever. Holding this lock from before the number is taken until commit makes
        // numbers commit in order.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&REPLY_SEQUENCE_LOCK])
            .await?;
        let sql = "INSERT INTO replies (reflection_id, device_id, team_id, supervisor_id, text, created_at)
                   VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq";
        let values: [&(dyn tokio_postgres::types::ToSql + Sync); 6] = [
            &rid,
            &device,
            &team,
            &supervisor.id.to_string(),
            &text,
            &now,
        ];
        let seq = tx.query_one(sql, &values).await?.int("seq")?;
        tx.execute("UPDATE replies SET number = seq WHERE seq = $1", &[&seq])
            .await?;
        tx.execute(&rules::replied_sql("$1"), &[&rid]).await?;
        let actor = Actor::Supervisor(supervisor.username.clone());
        let entry = AuditEntry::new(
            &actor,
            AuditAction::Reply,
            format!("reflection {reflection}"),
            now,
        );
        write_audit(&tx, &entry).await?;
        tx.commit().await?;
        Ok(Some(seq))
    }

    pub(super) async fn replace_reply(
        &self,
        change: &ReplyChange<'_>,
        now: i64,
    ) -> DbResult<ReplyChanged> {
        let ReplyChange {
            supervisor,
            reflection,
            number,
            text,
        } = *change;
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let rid = reflection.to_string();
        // A new version takes a new sequence number: in order, as in `add_reply`.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&REPLY_SEQUENCE_LOCK])
            .await?;
        let sql = format!(
            "SELECT {} FROM replies f WHERE f.reflection_id = $1 AND f.team_id = $2 AND f.number = $3 FOR UPDATE",
            rows::STORED_REPLY
        );
        let team = supervisor.team_id.to_string();
        let Some(found) = tx.query_opt(&sql, &[&rid, &team, &number]).await? else {
            return Ok(ReplyChanged::NotFound);
        };
        if let Some(refused) =
            rules::judge_reply_change(rows::stored_reply(&found)?, supervisor.id, now)
        {
            return Ok(refused);
        }
        let (edited, withdrawn) = match text {
            Some(_) => (Some(now), None),
            None => (None, Some(now)),
        };
        let sql = "INSERT INTO replies (reflection_id, device_id, team_id, supervisor_id, text, created_at,
                       number, edited_at, withdrawn_at)
                   SELECT reflection_id, device_id, team_id, supervisor_id, $1, created_at, number, $2, $3
                   FROM replies WHERE reflection_id = $4 AND number = $5 RETURNING seq";
        let new_text = text.unwrap_or("");
        let seq = tx
            .query_one(sql, &[&new_text, &edited, &withdrawn, &rid, &number])
            .await?
            .int("seq")?;
        tx.execute(
            "DELETE FROM replies WHERE reflection_id = $1 AND number = $2 AND seq <> $3",
            &[&rid, &number, &seq],
        )
        .await?;
        let action = if text.is_some() {
            AuditAction::ReplyEdit
        } else {
            tx.execute(&rules::unreplied_sql("$1"), &[&rid]).await?;
            AuditAction::ReplyWithdraw
        };
        let actor = Actor::Supervisor(supervisor.username.clone());
        let detail = rules::reply_change_detail(reflection, number);
        write_audit(&tx, &AuditEntry::new(&actor, action, detail, now)).await?;
        tx.commit().await?;
        Ok(ReplyChanged::Changed(seq))
    }
}
