//! A supervisor's replies on SQLite: adding one, and replacing it with a corrected or withdrawn
//! version (kept apart from the rest of the backend so that no file is too long to read).

use super::*;

impl Sqlite {
    pub(super) async fn new_reply(&self, reply: &NewReply<'_>, now: i64) -> DbResult<Option<i64>> {
        let (s, reflection) = (reply.supervisor.clone(), reply.reflection);
        let text = reply.text.to_string();
        self.write(move |tx| {
            let device: Option<String> = tx
                .query_row(
                    "SELECT device_id FROM reflections WHERE id = ?1 AND team_id = ?2",
                    params![reflection.to_string(), s.team_id.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(device) = device else { return Ok(None) };
            tx.execute(
                "INSERT INTO replies (reflection_id, device_id, team_id, supervisor_id, text, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![reflection.to_string(), device, s.team_id.to_string(), s.id.to_string(), text, now],
            )?;
            let seq = tx.last_insert_rowid();
            tx.execute("UPDATE replies SET number = seq WHERE seq = ?1", [seq])?;
            tx.execute(&rules::replied_sql("?1"), [reflection.to_string()])?;
            let entry = AuditEntry::new(&Actor::Supervisor(s.username), AuditAction::Reply, format!("reflection {reflection}"), now);
            write_audit(tx, &entry)?;
            Ok(Some(seq))
        })
        .await
    }

    pub(super) async fn replace_reply(
        &self,
        change: &ReplyChange<'_>,
        now: i64,
    ) -> DbResult<ReplyChanged> {
        let (s, reflection, number) = (change.supervisor.clone(), change.reflection, change.number);
        let text = change.text.map(String::from);
        self.write(move |tx| {
            let sql = format!(
                "SELECT {} FROM replies f WHERE f.reflection_id = ?1 AND f.team_id = ?2 AND f.number = ?3",
                rows::STORED_REPLY
            );
            let found = tx
                .query_row(&sql, params![reflection.to_string(), s.team_id.to_string(), number], |r| {
                    Ok(rows::stored_reply(r))
                })
                .optional()?
                .transpose()?;
            let Some(found) = found else { return Ok(ReplyChanged::NotFound) };
            if let Some(refused) = rules::judge_reply_change(found, s.id, now) {
                return Ok(refused);
            }
            // The new version replaces the old row, with a new sequence number.
            tx.execute(
                "INSERT INTO replies (reflection_id, device_id, team_id, supervisor_id, text, created_at,
                     number, edited_at, withdrawn_at)
                 SELECT reflection_id, device_id, team_id, supervisor_id, ?1, created_at, number, ?2, ?3
                 FROM replies WHERE reflection_id = ?4 AND number = ?5",
                params![
                    text.as_deref().unwrap_or(""),
                    text.as_ref().map(|_| now),
                    text.is_none().then_some(now),
                    reflection.to_string(),
                    number
                ],
            )?;
            let seq = tx.last_insert_rowid();
            tx.execute(
                "DELETE FROM replies WHERE reflection_id = ?1 AND number = ?2 AND seq <> ?3",
                params![reflection.to_string(), number, seq],
            )?;
            let action = if text.is_some() {
                AuditAction::ReplyEdit
            } else {
                tx.execute(&rules::unreplied_sql("?1"), [reflection.to_string()])?;
                AuditAction::ReplyWithdraw
            };
            let detail = rules::reply_change_detail(reflection, number);
            write_audit(tx, &AuditEntry::new(&Actor::Supervisor(s.username), action, detail, now))?;
            Ok(ReplyChanged::Changed(seq))
        })
        .await
    }
}
