-- The schema the migrations make, read back from PostgreSQL's catalogue (tables, columns,
-- constraints, indexes, triggers, policies, privileges, functions). Not run by anything: the
-- migrations are the schema. `npm test` and `npm run schema:check` fail when they make something
-- else; after changing the schema on purpose, `npm run schema:check -- --update` rewrites this file.

CREATE EXTENSION btree_gist;

CREATE SEQUENCE audit_event_id_seq AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 OWNED BY audit_event.id;
CREATE SEQUENCE audit_prune_checkpoint_id_seq AS bigint START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 OWNED BY audit_prune_checkpoint.id;
CREATE SEQUENCE schema_migration_id_seq AS integer START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 OWNED BY schema_migration.id;

CREATE TABLE appointment (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  counsellor_id uuid NOT NULL,
  starts_at timestamp with time zone NOT NULL,
  ends_at timestamp with time zone NOT NULL,
  duration_minutes integer NOT NULL,
  channel text NOT NULL,
  purpose text NOT NULL,
  status text DEFAULT 'planned'::text NOT NULL,
  outside_hours boolean DEFAULT false NOT NULL,
  contact_id uuid,
  cancel_reason bytea,
  rescheduled_from_id uuid,
  version integer DEFAULT 1 NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_by uuid NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE appointment ADD CONSTRAINT appointment_cancel_reason_check CHECK (((status = 'cancelled'::text) = (cancel_reason IS NOT NULL)));
ALTER TABLE appointment ADD CONSTRAINT appointment_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE appointment ADD CONSTRAINT appointment_channel_check CHECK ((channel = ANY (ARRAY['phone'::text, 'chat'::text, 'email'::text])));
ALTER TABLE appointment ADD CONSTRAINT appointment_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contact(id) ON DELETE SET NULL;
ALTER TABLE appointment ADD CONSTRAINT appointment_counsellor_id_fkey FOREIGN KEY (counsellor_id) REFERENCES staff(id);
ALTER TABLE appointment ADD CONSTRAINT appointment_created_by_fkey FOREIGN KEY (created_by) REFERENCES staff(id);
ALTER TABLE appointment ADD CONSTRAINT appointment_duration_check CHECK (((duration_minutes >= 1) AND (duration_minutes <= 240)));
ALTER TABLE appointment ADD CONSTRAINT appointment_ends_at_check CHECK ((ends_at = (starts_at + ((duration_minutes)::double precision * '00:01:00'::interval))));
ALTER TABLE appointment ADD CONSTRAINT appointment_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE appointment ADD CONSTRAINT appointment_no_double_booking EXCLUDE USING gist (counsellor_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE ((status = 'planned'::text));
ALTER TABLE appointment ADD CONSTRAINT appointment_pkey PRIMARY KEY (id);
ALTER TABLE appointment ADD CONSTRAINT appointment_purpose_check CHECK ((purpose = ANY (ARRAY['follow_up'::text, 'safety_plan_evaluation'::text, 'debrief'::text])));
ALTER TABLE appointment ADD CONSTRAINT appointment_rescheduled_from_id_fkey FOREIGN KEY (rescheduled_from_id) REFERENCES appointment(id) ON DELETE SET NULL;
ALTER TABLE appointment ADD CONSTRAINT appointment_status_check CHECK ((status = ANY (ARRAY['planned'::text, 'done'::text, 'no_show'::text, 'cancelled'::text, 'rescheduled'::text])));
ALTER TABLE appointment ADD CONSTRAINT appointment_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES staff(id);
ALTER TABLE appointment ADD CONSTRAINT appointment_version_check CHECK ((version >= 1));
CREATE INDEX appointment_case_idx ON public.appointment USING btree (case_id, starts_at);
CREATE INDEX appointment_counsellor_idx ON public.appointment USING btree (counsellor_id, starts_at);
CREATE INDEX appointment_no_double_booking ON public.appointment USING gist (counsellor_id, tstzrange(starts_at, ends_at)) WHERE (status = 'planned'::text);
CREATE UNIQUE INDEX appointment_pkey ON public.appointment USING btree (id);
CREATE UNIQUE INDEX appointment_rescheduled_from_key ON public.appointment USING btree (rescheduled_from_id);
CREATE TRIGGER supervision_appointment_inserted AFTER INSERT OR DELETE ON public.appointment FOR EACH ROW EXECUTE FUNCTION supervision_appointment_changed();
CREATE TRIGGER supervision_appointment_updated AFTER UPDATE ON public.appointment FOR EACH ROW WHEN (((new.status IS DISTINCT FROM old.status) OR (new.starts_at IS DISTINCT FROM old.starts_at) OR (new.ends_at IS DISTINCT FROM old.ends_at) OR (new.channel IS DISTINCT FROM old.channel) OR (new.case_id <> old.case_id) OR (new.counsellor_id <> old.counsellor_id))) EXECUTE FUNCTION supervision_appointment_changed();
ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON appointment AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE appointment_daily_summary (
  day date NOT NULL,
  channel text NOT NULL,
  caller_role text NOT NULL,
  concern text NOT NULL,
  status text NOT NULL,
  appointments integer DEFAULT 0 NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE appointment_daily_summary ADD CONSTRAINT appointment_daily_summary_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE appointment_daily_summary ADD CONSTRAINT appointment_daily_summary_pkey PRIMARY KEY (helpline_id, day, channel, caller_role, concern, status);
CREATE UNIQUE INDEX appointment_daily_summary_pkey ON public.appointment_daily_summary USING btree (helpline_id, day, channel, caller_role, concern, status);
ALTER TABLE appointment_daily_summary ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON appointment_daily_summary AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE appointment_summary_entry (
  appointment_id uuid NOT NULL,
  case_id uuid NOT NULL,
  counsellor_id uuid NOT NULL,
  starts_at timestamp with time zone NOT NULL,
  ends_at timestamp with time zone NOT NULL,
  day date NOT NULL,
  channel text NOT NULL,
  caller_role text NOT NULL,
  concern text NOT NULL,
  status text NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE appointment_summary_entry ADD CONSTRAINT appointment_summary_entry_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE appointment_summary_entry ADD CONSTRAINT appointment_summary_entry_pkey PRIMARY KEY (appointment_id);
CREATE INDEX appointment_summary_entry_case_idx ON public.appointment_summary_entry USING btree (case_id);
CREATE UNIQUE INDEX appointment_summary_entry_pkey ON public.appointment_summary_entry USING btree (appointment_id);
CREATE INDEX appointment_summary_entry_planned_idx ON public.appointment_summary_entry USING btree (helpline_id, ends_at) INCLUDE (counsellor_id, case_id, starts_at) WHERE (status = 'planned'::text);
ALTER TABLE appointment_summary_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON appointment_summary_entry AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE audit_event (
  id bigint DEFAULT nextval('audit_event_id_seq'::regclass) NOT NULL,
  occurred_at timestamp with time zone DEFAULT now() NOT NULL,
  staff_id uuid,
  action text NOT NULL,
  entity_type text,
  entity_id text,
  case_code text,
  outcome text NOT NULL,
  reason text,
  previous_hash bytea,
  row_hash bytea,
  chain_seq bigint,
  chain_version smallint,
  helpline_id uuid DEFAULT current_helpline()
);
ALTER TABLE audit_event ADD CONSTRAINT audit_event_chain_version_check CHECK ((chain_version = ANY (ARRAY[1, 2, 3])));
ALTER TABLE audit_event ADD CONSTRAINT audit_event_outcome_check CHECK ((outcome = ANY (ARRAY['success'::text, 'failure'::text, 'denied'::text])));
ALTER TABLE audit_event ADD CONSTRAINT audit_event_pkey PRIMARY KEY (id);
ALTER TABLE audit_event ADD CONSTRAINT audit_event_sealed_check CHECK ((((chain_seq IS NULL) = (row_hash IS NULL)) AND ((chain_seq IS NULL) = (chain_version IS NULL))));
CREATE INDEX audit_event_case_code_idx ON public.audit_event USING btree (case_code);
CREATE UNIQUE INDEX audit_event_chain_seq_key ON public.audit_event USING btree (COALESCE(helpline_id, '00000000-0000-0000-0000-000000000000'::uuid), chain_seq) WHERE (chain_seq IS NOT NULL);
CREATE INDEX audit_event_entity_id_idx ON public.audit_event USING btree (entity_id);
CREATE INDEX audit_event_lookup_alert_idx ON public.audit_event USING btree (id) WHERE (action = 'case.lookup_alert'::text);
CREATE INDEX audit_event_occurred_at_idx ON public.audit_event USING btree (occurred_at);
CREATE UNIQUE INDEX audit_event_pkey ON public.audit_event USING btree (id);
CREATE INDEX audit_event_unsealed_idx ON public.audit_event USING btree (id) WHERE (chain_seq IS NULL);
CREATE TRIGGER audit_event_append_only BEFORE DELETE OR UPDATE ON public.audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON public.audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

CREATE TABLE audit_policy (
  singleton boolean DEFAULT true NOT NULL,
  min_retention_years integer NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE audit_policy ADD CONSTRAINT audit_policy_pkey PRIMARY KEY (singleton);
ALTER TABLE audit_policy ADD CONSTRAINT audit_policy_singleton_check CHECK (singleton);
ALTER TABLE audit_policy ADD CONSTRAINT audit_policy_years_check CHECK (((min_retention_years >= 1) AND (min_retention_years <= 100)));
CREATE UNIQUE INDEX audit_policy_pkey ON public.audit_policy USING btree (singleton);

CREATE TABLE audit_prune_checkpoint (
  id bigint DEFAULT nextval('audit_prune_checkpoint_id_seq'::regclass) NOT NULL,
  pruned_at timestamp with time zone DEFAULT now() NOT NULL,
  cutoff timestamp with time zone NOT NULL,
  last_pruned_id bigint NOT NULL,
  last_pruned_hash bytea NOT NULL,
  rows_pruned bigint NOT NULL,
  last_pruned_seq bigint NOT NULL,
  helpline_id uuid
);
ALTER TABLE audit_prune_checkpoint ADD CONSTRAINT audit_prune_checkpoint_pkey PRIMARY KEY (id);
ALTER TABLE audit_prune_checkpoint ADD CONSTRAINT audit_prune_checkpoint_rows_check CHECK ((rows_pruned > 0));
CREATE INDEX audit_prune_checkpoint_chain_idx ON public.audit_prune_checkpoint USING btree (COALESCE(helpline_id, '00000000-0000-0000-0000-000000000000'::uuid), last_pruned_seq);
CREATE UNIQUE INDEX audit_prune_checkpoint_pkey ON public.audit_prune_checkpoint USING btree (id);
CREATE TRIGGER audit_prune_checkpoint_append_only BEFORE DELETE OR UPDATE ON public.audit_prune_checkpoint FOR EACH ROW EXECUTE FUNCTION audit_prune_checkpoint_refuse_change();
CREATE TRIGGER audit_prune_checkpoint_no_truncate BEFORE TRUNCATE ON public.audit_prune_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION audit_prune_checkpoint_refuse_change();

CREATE TABLE calendar_feed (
  staff_id uuid NOT NULL,
  token_hash bytea NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_pkey PRIMARY KEY (staff_id);
ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_token_hash_key UNIQUE (token_hash);
CREATE UNIQUE INDEX calendar_feed_pkey ON public.calendar_feed USING btree (staff_id);
CREATE UNIQUE INDEX calendar_feed_token_hash_key ON public.calendar_feed USING btree (token_hash);

CREATE TABLE case_access_grant (
  staff_id uuid NOT NULL,
  case_id uuid NOT NULL,
  granted_at timestamp with time zone DEFAULT now() NOT NULL,
  expires_at timestamp with time zone NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_access_grant ADD CONSTRAINT case_access_grant_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_access_grant ADD CONSTRAINT case_access_grant_expiry_check CHECK ((expires_at > granted_at));
ALTER TABLE case_access_grant ADD CONSTRAINT case_access_grant_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_access_grant ADD CONSTRAINT case_access_grant_pkey PRIMARY KEY (staff_id, case_id);
ALTER TABLE case_access_grant ADD CONSTRAINT case_access_grant_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
CREATE INDEX case_access_grant_case_id_idx ON public.case_access_grant USING btree (case_id);
CREATE UNIQUE INDEX case_access_grant_pkey ON public.case_access_grant USING btree (staff_id, case_id);
ALTER TABLE case_access_grant ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_access_grant AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_access_reason (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  category text NOT NULL,
  note bytea,
  given_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_access_reason ADD CONSTRAINT case_access_reason_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_access_reason ADD CONSTRAINT case_access_reason_category_check CHECK ((category = ANY (ARRAY['counsellor_absent'::text, 'colleague_on_leave'::text, 'urgent_risk'::text, 'supervision'::text, 'other'::text])));
ALTER TABLE case_access_reason ADD CONSTRAINT case_access_reason_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_access_reason ADD CONSTRAINT case_access_reason_other_check CHECK (((category <> 'other'::text) OR (note IS NOT NULL)));
ALTER TABLE case_access_reason ADD CONSTRAINT case_access_reason_pkey PRIMARY KEY (id);
ALTER TABLE case_access_reason ADD CONSTRAINT case_access_reason_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id);
CREATE INDEX case_access_reason_case_idx ON public.case_access_reason USING btree (case_id, given_at);
CREATE UNIQUE INDEX case_access_reason_pkey ON public.case_access_reason USING btree (id);
ALTER TABLE case_access_reason ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_access_reason AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_file (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  code text NOT NULL,
  caller_role text NOT NULL,
  concern text NOT NULL,
  status text DEFAULT 'open'::text NOT NULL,
  assignee_id uuid NOT NULL,
  created_by uuid NOT NULL,
  code_word_hash bytea,
  version integer DEFAULT 1 NOT NULL,
  contact_count integer DEFAULT 0 NOT NULL,
  last_contact_at timestamp with time zone,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_file ADD CONSTRAINT case_file_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES staff(id);
ALTER TABLE case_file ADD CONSTRAINT case_file_caller_role_check CHECK ((caller_role = ANY (ARRAY['self'::text, 'partner'::text, 'parent'::text, 'child'::text, 'other_family'::text, 'friend'::text, 'colleague'::text, 'professional'::text, 'other'::text])));
ALTER TABLE case_file ADD CONSTRAINT case_file_code_format CHECK ((code ~ '^[0-9A-HJKMNP-TV-Z]{9}$'::text));
ALTER TABLE case_file ADD CONSTRAINT case_file_code_key UNIQUE (code);
ALTER TABLE case_file ADD CONSTRAINT case_file_code_word_hash_check CHECK ((octet_length(code_word_hash) = 32));
ALTER TABLE case_file ADD CONSTRAINT case_file_concern_check CHECK ((concern = ANY (ARRAY['own_feelings'::text, 'viewing_images'::text, 'hands_on_abuse'::text, 'unclear'::text])));
ALTER TABLE case_file ADD CONSTRAINT case_file_contact_count_check CHECK ((contact_count >= 0));
ALTER TABLE case_file ADD CONSTRAINT case_file_created_by_fkey FOREIGN KEY (created_by) REFERENCES staff(id);
ALTER TABLE case_file ADD CONSTRAINT case_file_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_file ADD CONSTRAINT case_file_pkey PRIMARY KEY (id);
ALTER TABLE case_file ADD CONSTRAINT case_file_status_check CHECK ((status = ANY (ARRAY['open'::text, 'waiting_for_caller'::text, 'closed'::text])));
ALTER TABLE case_file ADD CONSTRAINT case_file_version_check CHECK ((version > 0));
CREATE INDEX case_file_assignee_status_idx ON public.case_file USING btree (helpline_id, assignee_id, status, last_contact_at);
CREATE UNIQUE INDEX case_file_code_key ON public.case_file USING btree (code);
CREATE INDEX case_file_code_word_idx ON public.case_file USING btree (code_word_hash, caller_role) WHERE (code_word_hash IS NOT NULL);
CREATE INDEX case_file_helpline_id_idx ON public.case_file USING btree (helpline_id);
CREATE UNIQUE INDEX case_file_pkey ON public.case_file USING btree (id);
CREATE INDEX case_file_status_idx ON public.case_file USING btree (helpline_id, status, last_contact_at);
CREATE TRIGGER supervision_case_changed AFTER UPDATE ON public.case_file FOR EACH ROW WHEN (((new.caller_role <> old.caller_role) OR (new.concern <> old.concern))) EXECUTE FUNCTION supervision_case_changed();
CREATE TRIGGER supervision_case_deleted AFTER DELETE ON public.case_file FOR EACH ROW EXECUTE FUNCTION supervision_case_deleted();
ALTER TABLE case_file ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_file AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_guide_summary (
  case_id uuid NOT NULL,
  caller_role text NOT NULL,
  concern text NOT NULL,
  started_on date NOT NULL,
  steps integer NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_guide_summary ADD CONSTRAINT case_guide_summary_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_guide_summary ADD CONSTRAINT case_guide_summary_pkey PRIMARY KEY (case_id);
CREATE UNIQUE INDEX case_guide_summary_pkey ON public.case_guide_summary USING btree (case_id);
CREATE INDEX case_guide_summary_started_idx ON public.case_guide_summary USING btree (helpline_id, started_on) INCLUDE (caller_role, concern, steps);
ALTER TABLE case_guide_summary ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_guide_summary AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_handover (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  from_staff_id uuid NOT NULL,
  to_staff_id uuid NOT NULL,
  note bytea NOT NULL,
  contact_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_handover ADD CONSTRAINT case_handover_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_handover ADD CONSTRAINT case_handover_from_staff_id_fkey FOREIGN KEY (from_staff_id) REFERENCES staff(id);
ALTER TABLE case_handover ADD CONSTRAINT case_handover_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_handover ADD CONSTRAINT case_handover_parties_check CHECK ((from_staff_id <> to_staff_id));
ALTER TABLE case_handover ADD CONSTRAINT case_handover_pkey PRIMARY KEY (id);
ALTER TABLE case_handover ADD CONSTRAINT case_handover_to_staff_id_fkey FOREIGN KEY (to_staff_id) REFERENCES staff(id);
CREATE INDEX case_handover_case_idx ON public.case_handover USING btree (case_id, created_at);
CREATE UNIQUE INDEX case_handover_pkey ON public.case_handover USING btree (id);
CREATE INDEX case_handover_to_staff_idx ON public.case_handover USING btree (to_staff_id, created_at);
ALTER TABLE case_handover ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_handover AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_lookup_throttle (
  staff_id uuid NOT NULL,
  window_started_at timestamp with time zone NOT NULL,
  lookups integer NOT NULL,
  misses integer DEFAULT 0 NOT NULL
);
ALTER TABLE case_lookup_throttle ADD CONSTRAINT case_lookup_throttle_counts_check CHECK (((lookups >= 0) AND (misses >= 0)));
ALTER TABLE case_lookup_throttle ADD CONSTRAINT case_lookup_throttle_pkey PRIMARY KEY (staff_id);
ALTER TABLE case_lookup_throttle ADD CONSTRAINT case_lookup_throttle_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX case_lookup_throttle_pkey ON public.case_lookup_throttle USING btree (staff_id);

CREATE TABLE case_reach (
  staff_id uuid NOT NULL,
  case_id uuid NOT NULL,
  reached_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_reach ADD CONSTRAINT case_reach_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_reach ADD CONSTRAINT case_reach_pkey PRIMARY KEY (staff_id, case_id);
CREATE UNIQUE INDEX case_reach_pkey ON public.case_reach USING btree (staff_id, case_id);
CREATE INDEX case_reach_recent_idx ON public.case_reach USING btree (staff_id, reached_at);
ALTER TABLE case_reach ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_reach AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_reassignment (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  from_staff_id uuid NOT NULL,
  to_staff_id uuid NOT NULL,
  reassigned_by uuid NOT NULL,
  reason bytea NOT NULL,
  created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_reassignment ADD CONSTRAINT case_reassignment_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_reassignment ADD CONSTRAINT case_reassignment_from_staff_id_fkey FOREIGN KEY (from_staff_id) REFERENCES staff(id);
ALTER TABLE case_reassignment ADD CONSTRAINT case_reassignment_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_reassignment ADD CONSTRAINT case_reassignment_parties_check CHECK ((from_staff_id <> to_staff_id));
ALTER TABLE case_reassignment ADD CONSTRAINT case_reassignment_pkey PRIMARY KEY (id);
ALTER TABLE case_reassignment ADD CONSTRAINT case_reassignment_reassigned_by_fkey FOREIGN KEY (reassigned_by) REFERENCES staff(id);
ALTER TABLE case_reassignment ADD CONSTRAINT case_reassignment_to_staff_id_fkey FOREIGN KEY (to_staff_id) REFERENCES staff(id);
CREATE INDEX case_reassignment_case_idx ON public.case_reassignment USING btree (case_id, created_at);
CREATE UNIQUE INDEX case_reassignment_pkey ON public.case_reassignment USING btree (id);
ALTER TABLE case_reassignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_reassignment AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_review (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  reviewed_by uuid NOT NULL,
  reviewed_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_review ADD CONSTRAINT case_review_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_review ADD CONSTRAINT case_review_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_review ADD CONSTRAINT case_review_pkey PRIMARY KEY (id);
ALTER TABLE case_review ADD CONSTRAINT case_review_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES staff(id);
CREATE INDEX case_review_case_idx ON public.case_review USING btree (case_id, reviewed_at);
CREATE UNIQUE INDEX case_review_pkey ON public.case_review USING btree (id);
ALTER TABLE case_review ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_review AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_revision (
  case_id uuid NOT NULL,
  version integer NOT NULL,
  changed_fields text[] NOT NULL,
  changed_by uuid,
  changed_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_revision ADD CONSTRAINT case_revision_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_revision ADD CONSTRAINT case_revision_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES staff(id);
ALTER TABLE case_revision ADD CONSTRAINT case_revision_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_revision ADD CONSTRAINT case_revision_pkey PRIMARY KEY (case_id, version);
CREATE UNIQUE INDEX case_revision_pkey ON public.case_revision USING btree (case_id, version);
ALTER TABLE case_revision ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_revision AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_risk_flag (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  flag text NOT NULL,
  reason bytea NOT NULL,
  set_by uuid NOT NULL,
  set_at timestamp with time zone DEFAULT now() NOT NULL,
  cleared_at timestamp with time zone,
  cleared_by uuid,
  clear_reason bytea,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_risk_flag ADD CONSTRAINT case_risk_flag_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_risk_flag ADD CONSTRAINT case_risk_flag_cleared_by_fkey FOREIGN KEY (cleared_by) REFERENCES staff(id);
ALTER TABLE case_risk_flag ADD CONSTRAINT case_risk_flag_cleared_check CHECK ((((cleared_at IS NULL) AND (cleared_by IS NULL) AND (clear_reason IS NULL)) OR ((cleared_at IS NOT NULL) AND (cleared_by IS NOT NULL) AND (clear_reason IS NOT NULL) AND (cleared_at >= set_at))));
ALTER TABLE case_risk_flag ADD CONSTRAINT case_risk_flag_flag_check CHECK ((flag = ANY (ARRAY['minor_in_acute_danger'::text, 'person_at_risk_of_self_harm'::text, 'caller_safety'::text, 'other'::text])));
ALTER TABLE case_risk_flag ADD CONSTRAINT case_risk_flag_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_risk_flag ADD CONSTRAINT case_risk_flag_pkey PRIMARY KEY (id);
ALTER TABLE case_risk_flag ADD CONSTRAINT case_risk_flag_set_by_fkey FOREIGN KEY (set_by) REFERENCES staff(id);
CREATE UNIQUE INDEX case_risk_flag_active_key ON public.case_risk_flag USING btree (case_id, flag) WHERE (cleared_at IS NULL);
CREATE INDEX case_risk_flag_case_idx ON public.case_risk_flag USING btree (case_id, set_at);
CREATE UNIQUE INDEX case_risk_flag_pkey ON public.case_risk_flag USING btree (id);
ALTER TABLE case_risk_flag ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_risk_flag AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE case_status_change (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  from_status text NOT NULL,
  to_status text NOT NULL,
  reason bytea,
  changed_by uuid,
  changed_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES staff(id);
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_differs CHECK ((from_status <> to_status));
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_from_status_check CHECK ((from_status = ANY (ARRAY['open'::text, 'waiting_for_caller'::text, 'closed'::text])));
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_pkey PRIMARY KEY (id);
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_reason_check CHECK (((reason IS NOT NULL) OR ((to_status <> 'closed'::text) AND (from_status <> 'closed'::text))));
ALTER TABLE case_status_change ADD CONSTRAINT case_status_change_to_status_check CHECK ((to_status = ANY (ARRAY['open'::text, 'waiting_for_caller'::text, 'closed'::text])));
CREATE INDEX case_status_change_automatic_idx ON public.case_status_change USING btree (changed_at) WHERE (changed_by IS NULL);
CREATE INDEX case_status_change_case_idx ON public.case_status_change USING btree (case_id, changed_at);
CREATE UNIQUE INDEX case_status_change_pkey ON public.case_status_change USING btree (id);
ALTER TABLE case_status_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON case_status_change AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE contact (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  counsellor_id uuid NOT NULL,
  status text DEFAULT 'draft'::text NOT NULL,
  channel text,
  started_at timestamp with time zone,
  ended_at timestamp with time zone,
  summary bytea,
  outcome text,
  referrals text[] DEFAULT '{}'::text[] NOT NULL,
  revision integer DEFAULT 0 NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  finalised_at timestamp with time zone,
  finalised_by uuid,
  note_marks jsonb DEFAULT '[]'::jsonb NOT NULL,
  draft_writer uuid,
  draft_saved_by uuid,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE contact ADD CONSTRAINT contact_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE contact ADD CONSTRAINT contact_channel_check CHECK ((channel = ANY (ARRAY['phone'::text, 'chat'::text, 'email'::text])));
ALTER TABLE contact ADD CONSTRAINT contact_counsellor_id_fkey FOREIGN KEY (counsellor_id) REFERENCES staff(id);
ALTER TABLE contact ADD CONSTRAINT contact_draft_saved_by_fkey FOREIGN KEY (draft_saved_by) REFERENCES staff(id);
ALTER TABLE contact ADD CONSTRAINT contact_final_complete CHECK (((status = 'draft'::text) OR ((channel IS NOT NULL) AND (started_at IS NOT NULL) AND (ended_at IS NOT NULL) AND ((summary IS NOT NULL) OR (outcome = 'caller_hung_up'::text)) AND (outcome IS NOT NULL) AND (finalised_at IS NOT NULL) AND (finalised_by IS NOT NULL))));
ALTER TABLE contact ADD CONSTRAINT contact_finalised_by_fkey FOREIGN KEY (finalised_by) REFERENCES staff(id);
ALTER TABLE contact ADD CONSTRAINT contact_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE contact ADD CONSTRAINT contact_note_marks_check CHECK (((jsonb_typeof(note_marks) = 'array'::text) AND (jsonb_array_length(note_marks) <= 200)));
ALTER TABLE contact ADD CONSTRAINT contact_outcome_check CHECK ((outcome = ANY (ARRAY['advice_given'::text, 'referred'::text, 'follow_up_planned'::text, 'caller_hung_up'::text, 'other'::text])));
ALTER TABLE contact ADD CONSTRAINT contact_pkey PRIMARY KEY (id);
ALTER TABLE contact ADD CONSTRAINT contact_referrals_check CHECK ((referrals <@ ARRAY['huisarts'::text, 'de_waag'::text, 'ggz'::text, 'veilig_thuis'::text, 'politie'::text, 'lotgenotengroep'::text, 'stop_it_now_website'::text, 'other'::text]));
ALTER TABLE contact ADD CONSTRAINT contact_revision_check CHECK ((revision >= 0));
ALTER TABLE contact ADD CONSTRAINT contact_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'final'::text])));
ALTER TABLE contact ADD CONSTRAINT contact_times_check CHECK ((ended_at >= started_at));
CREATE INDEX contact_case_started_idx ON public.contact USING btree (case_id, started_at);
CREATE INDEX contact_draft_counsellor_idx ON public.contact USING btree (counsellor_id, updated_at) WHERE (status = 'draft'::text);
CREATE INDEX contact_draft_updated_idx ON public.contact USING btree (updated_at) WHERE (status = 'draft'::text);
CREATE UNIQUE INDEX contact_pkey ON public.contact USING btree (id);
CREATE TRIGGER supervision_contact_deleted AFTER DELETE ON public.contact FOR EACH ROW WHEN ((old.status = 'final'::text)) EXECUTE FUNCTION supervision_contact_changed();
CREATE TRIGGER supervision_contact_inserted AFTER INSERT ON public.contact FOR EACH ROW WHEN ((new.status = 'final'::text)) EXECUTE FUNCTION supervision_contact_changed();
CREATE TRIGGER supervision_contact_updated AFTER UPDATE ON public.contact FOR EACH ROW WHEN ((((new.status = 'final'::text) OR (old.status = 'final'::text)) AND ((new.status IS DISTINCT FROM old.status) OR (new.channel IS DISTINCT FROM old.channel) OR (new.started_at IS DISTINCT FROM old.started_at) OR (new.ended_at IS DISTINCT FROM old.ended_at) OR (new.case_id <> old.case_id) OR (new.counsellor_id <> old.counsellor_id)))) EXECUTE FUNCTION supervision_contact_changed();
ALTER TABLE contact ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON contact AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE contact_correction (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  contact_id uuid NOT NULL,
  case_id uuid NOT NULL,
  reason bytea NOT NULL,
  channel text,
  started_at timestamp with time zone,
  ended_at timestamp with time zone,
  summary bytea,
  outcome text,
  referrals text[],
  corrected_by uuid NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_changes_check CHECK ((num_nonnulls(channel, started_at, ended_at, summary, outcome, referrals) > 0));
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_channel_check CHECK ((channel = ANY (ARRAY['phone'::text, 'chat'::text, 'email'::text])));
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contact(id) ON DELETE CASCADE;
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_corrected_by_fkey FOREIGN KEY (corrected_by) REFERENCES staff(id);
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_outcome_check CHECK ((outcome = ANY (ARRAY['advice_given'::text, 'referred'::text, 'follow_up_planned'::text, 'caller_hung_up'::text, 'other'::text])));
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_pkey PRIMARY KEY (id);
ALTER TABLE contact_correction ADD CONSTRAINT contact_correction_referrals_check CHECK ((referrals <@ ARRAY['huisarts'::text, 'de_waag'::text, 'ggz'::text, 'veilig_thuis'::text, 'politie'::text, 'lotgenotengroep'::text, 'stop_it_now_website'::text, 'other'::text]));
CREATE INDEX contact_correction_case_idx ON public.contact_correction USING btree (case_id, created_at);
CREATE INDEX contact_correction_contact_idx ON public.contact_correction USING btree (contact_id, created_at);
CREATE UNIQUE INDEX contact_correction_pkey ON public.contact_correction USING btree (id);
CREATE TRIGGER supervision_correction_changed AFTER INSERT OR DELETE ON public.contact_correction FOR EACH ROW EXECUTE FUNCTION supervision_correction_changed();
ALTER TABLE contact_correction ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON contact_correction AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE contact_daily_summary (
  day date NOT NULL,
  channel text NOT NULL,
  caller_role text NOT NULL,
  concern text NOT NULL,
  contacts integer DEFAULT 0 NOT NULL,
  new_contacts integer DEFAULT 0 NOT NULL,
  guide_contacts integer DEFAULT 0 NOT NULL,
  on_suggested_contacts integer DEFAULT 0 NOT NULL,
  d0 integer DEFAULT 0 NOT NULL,
  d1 integer DEFAULT 0 NOT NULL,
  d2 integer DEFAULT 0 NOT NULL,
  d3 integer DEFAULT 0 NOT NULL,
  d4 integer DEFAULT 0 NOT NULL,
  d5 integer DEFAULT 0 NOT NULL,
  d6 integer DEFAULT 0 NOT NULL,
  d7 integer DEFAULT 0 NOT NULL,
  d8 integer DEFAULT 0 NOT NULL,
  d9 integer DEFAULT 0 NOT NULL,
  d10 integer DEFAULT 0 NOT NULL,
  d11 integer DEFAULT 0 NOT NULL,
  d12 integer DEFAULT 0 NOT NULL,
  d13 integer DEFAULT 0 NOT NULL,
  d14 integer DEFAULT 0 NOT NULL,
  d15 integer DEFAULT 0 NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE contact_daily_summary ADD CONSTRAINT contact_daily_summary_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE contact_daily_summary ADD CONSTRAINT contact_daily_summary_pkey PRIMARY KEY (helpline_id, day, channel, caller_role, concern);
CREATE UNIQUE INDEX contact_daily_summary_pkey ON public.contact_daily_summary USING btree (helpline_id, day, channel, caller_role, concern);
ALTER TABLE contact_daily_summary ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON contact_daily_summary AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE contact_summary_entry (
  contact_id uuid NOT NULL,
  case_id uuid NOT NULL,
  counsellor_id uuid NOT NULL,
  day date NOT NULL,
  channel text NOT NULL,
  caller_role text NOT NULL,
  concern text NOT NULL,
  is_new boolean NOT NULL,
  bucket integer NOT NULL,
  guide_work boolean NOT NULL,
  on_suggested boolean NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE contact_summary_entry ADD CONSTRAINT contact_summary_entry_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE contact_summary_entry ADD CONSTRAINT contact_summary_entry_pkey PRIMARY KEY (contact_id);
CREATE INDEX contact_summary_entry_case_idx ON public.contact_summary_entry USING btree (case_id);
CREATE UNIQUE INDEX contact_summary_entry_pkey ON public.contact_summary_entry USING btree (contact_id);
ALTER TABLE contact_summary_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON contact_summary_entry AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE contact_weekly_summary (
  week date NOT NULL,
  channel text NOT NULL,
  caller_role text NOT NULL,
  concern text NOT NULL,
  contacts integer DEFAULT 0 NOT NULL,
  new_contacts integer DEFAULT 0 NOT NULL,
  guide_contacts integer DEFAULT 0 NOT NULL,
  on_suggested_contacts integer DEFAULT 0 NOT NULL,
  d0 integer DEFAULT 0 NOT NULL,
  d1 integer DEFAULT 0 NOT NULL,
  d2 integer DEFAULT 0 NOT NULL,
  d3 integer DEFAULT 0 NOT NULL,
  d4 integer DEFAULT 0 NOT NULL,
  d5 integer DEFAULT 0 NOT NULL,
  d6 integer DEFAULT 0 NOT NULL,
  d7 integer DEFAULT 0 NOT NULL,
  d8 integer DEFAULT 0 NOT NULL,
  d9 integer DEFAULT 0 NOT NULL,
  d10 integer DEFAULT 0 NOT NULL,
  d11 integer DEFAULT 0 NOT NULL,
  d12 integer DEFAULT 0 NOT NULL,
  d13 integer DEFAULT 0 NOT NULL,
  d14 integer DEFAULT 0 NOT NULL,
  d15 integer DEFAULT 0 NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE contact_weekly_summary ADD CONSTRAINT contact_weekly_summary_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE contact_weekly_summary ADD CONSTRAINT contact_weekly_summary_pkey PRIMARY KEY (helpline_id, week, channel, caller_role, concern);
CREATE UNIQUE INDEX contact_weekly_summary_pkey ON public.contact_weekly_summary USING btree (helpline_id, week, channel, caller_role, concern);
ALTER TABLE contact_weekly_summary ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON contact_weekly_summary AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE counsellor_daily_contacts (
  counsellor_id uuid NOT NULL,
  day date NOT NULL,
  contacts integer NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE counsellor_daily_contacts ADD CONSTRAINT counsellor_daily_contacts_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE counsellor_daily_contacts ADD CONSTRAINT counsellor_daily_contacts_pkey PRIMARY KEY (helpline_id, counsellor_id, day);
CREATE UNIQUE INDEX counsellor_daily_contacts_pkey ON public.counsellor_daily_contacts USING btree (helpline_id, counsellor_id, day);
ALTER TABLE counsellor_daily_contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON counsellor_daily_contacts AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE data_upgrade (
  name text NOT NULL,
  completed_at timestamp with time zone DEFAULT now() NOT NULL,
  rows bigint DEFAULT 0 NOT NULL
);
ALTER TABLE data_upgrade ADD CONSTRAINT data_upgrade_pkey PRIMARY KEY (name);
CREATE UNIQUE INDEX data_upgrade_pkey ON public.data_upgrade USING btree (name);

CREATE TABLE guide_progress (
  case_id uuid NOT NULL,
  item_id text NOT NULL,
  state text NOT NULL,
  contact_id uuid,
  note bytea,
  updated_by uuid NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  guide_version integer NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE guide_progress ADD CONSTRAINT guide_progress_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE guide_progress ADD CONSTRAINT guide_progress_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contact(id);
ALTER TABLE guide_progress ADD CONSTRAINT guide_progress_guide_version_check CHECK ((guide_version >= 1));
ALTER TABLE guide_progress ADD CONSTRAINT guide_progress_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE guide_progress ADD CONSTRAINT guide_progress_pkey PRIMARY KEY (case_id, item_id);
ALTER TABLE guide_progress ADD CONSTRAINT guide_progress_state_check CHECK ((state = ANY (ARRAY['not_discussed'::text, 'discussed'::text, 'done'::text])));
ALTER TABLE guide_progress ADD CONSTRAINT guide_progress_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES staff(id);
CREATE UNIQUE INDEX guide_progress_pkey ON public.guide_progress USING btree (case_id, item_id);
ALTER TABLE guide_progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON guide_progress AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE guide_progress_change (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  item_id text NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  contact_id uuid,
  changed_by uuid NOT NULL,
  changed_at timestamp with time zone DEFAULT now() NOT NULL,
  guide_version integer NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES staff(id);
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contact(id);
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_differs CHECK ((from_state <> to_state));
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_from_state_check CHECK ((from_state = ANY (ARRAY['not_discussed'::text, 'discussed'::text, 'done'::text])));
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_pkey PRIMARY KEY (id);
ALTER TABLE guide_progress_change ADD CONSTRAINT guide_progress_change_to_state_check CHECK ((to_state = ANY (ARRAY['not_discussed'::text, 'discussed'::text, 'done'::text])));
CREATE INDEX guide_progress_change_case_idx ON public.guide_progress_change USING btree (case_id, changed_at);
CREATE UNIQUE INDEX guide_progress_change_pkey ON public.guide_progress_change USING btree (id);
CREATE TRIGGER supervision_guide_changed AFTER INSERT OR DELETE ON public.guide_progress_change FOR EACH ROW EXECUTE FUNCTION supervision_guide_changed();
ALTER TABLE guide_progress_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON guide_progress_change AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE helpline (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  name text NOT NULL,
  language text DEFAULT 'nl'::text NOT NULL,
  phone text,
  website text,
  time_zone text DEFAULT 'Europe/Amsterdam'::text NOT NULL,
  working_hours jsonb DEFAULT '{}'::jsonb NOT NULL,
  case_code_prefix text,
  settings jsonb DEFAULT '{}'::jsonb NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  version integer DEFAULT 1 NOT NULL
);
ALTER TABLE helpline ADD CONSTRAINT helpline_case_code_prefix_check CHECK ((case_code_prefix ~ '^[A-Z]{1,3}$'::text));
ALTER TABLE helpline ADD CONSTRAINT helpline_language_check CHECK ((language = ANY (ARRAY['nl'::text, 'nl-BE'::text, 'en'::text])));
ALTER TABLE helpline ADD CONSTRAINT helpline_name_check CHECK (((length(btrim(name)) >= 1) AND (length(btrim(name)) <= 120)));
ALTER TABLE helpline ADD CONSTRAINT helpline_name_key UNIQUE (name);
ALTER TABLE helpline ADD CONSTRAINT helpline_pkey PRIMARY KEY (id);
ALTER TABLE helpline ADD CONSTRAINT helpline_policy_check CHECK ((((settings - ARRAY['retentionMonths'::text, 'inactiveCloseMonths'::text, 'stalledAfterDays'::text, 'twoFactorForAll'::text, 'unusualAccessPerHour'::text]) = '{}'::jsonb) AND ((NOT (settings ? 'retentionMonths'::text)) OR ((jsonb_typeof((settings -> 'retentionMonths'::text)) = 'number'::text) AND ((((settings ->> 'retentionMonths'::text))::numeric >= (1)::numeric) AND (((settings ->> 'retentionMonths'::text))::numeric <= (1200)::numeric)) AND ((((settings ->> 'retentionMonths'::text))::numeric % (1)::numeric) = (0)::numeric))) AND ((NOT (settings ? 'inactiveCloseMonths'::text)) OR ((jsonb_typeof((settings -> 'inactiveCloseMonths'::text)) = 'number'::text) AND ((((settings ->> 'inactiveCloseMonths'::text))::numeric >= (1)::numeric) AND (((settings ->> 'inactiveCloseMonths'::text))::numeric <= (1200)::numeric)) AND ((((settings ->> 'inactiveCloseMonths'::text))::numeric % (1)::numeric) = (0)::numeric))) AND ((NOT (settings ? 'stalledAfterDays'::text)) OR ((jsonb_typeof((settings -> 'stalledAfterDays'::text)) = 'number'::text) AND ((((settings ->> 'stalledAfterDays'::text))::numeric >= (1)::numeric) AND (((settings ->> 'stalledAfterDays'::text))::numeric <= (365)::numeric)) AND ((((settings ->> 'stalledAfterDays'::text))::numeric % (1)::numeric) = (0)::numeric))) AND ((NOT (settings ? 'twoFactorForAll'::text)) OR (jsonb_typeof((settings -> 'twoFactorForAll'::text)) = 'boolean'::text)) AND ((NOT (settings ? 'unusualAccessPerHour'::text)) OR ((jsonb_typeof((settings -> 'unusualAccessPerHour'::text)) = 'number'::text) AND ((((settings ->> 'unusualAccessPerHour'::text))::numeric >= (1)::numeric) AND (((settings ->> 'unusualAccessPerHour'::text))::numeric <= (10000)::numeric)) AND ((((settings ->> 'unusualAccessPerHour'::text))::numeric % (1)::numeric) = (0)::numeric)))));
ALTER TABLE helpline ADD CONSTRAINT helpline_settings_check CHECK ((jsonb_typeof(settings) = 'object'::text));
ALTER TABLE helpline ADD CONSTRAINT helpline_working_hours_check CHECK ((jsonb_typeof(working_hours) = 'object'::text));
CREATE UNIQUE INDEX helpline_name_key ON public.helpline USING btree (name);
CREATE UNIQUE INDEX helpline_pkey ON public.helpline USING btree (id);

CREATE TABLE helpline_member (
  helpline_id uuid NOT NULL,
  staff_id uuid NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  role text NOT NULL,
  active boolean DEFAULT true NOT NULL
);
ALTER TABLE helpline_member ADD CONSTRAINT helpline_member_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id) ON DELETE CASCADE;
ALTER TABLE helpline_member ADD CONSTRAINT helpline_member_pkey PRIMARY KEY (staff_id, helpline_id);
ALTER TABLE helpline_member ADD CONSTRAINT helpline_member_role_check CHECK ((role = ANY (ARRAY['counsellor'::text, 'supervisor'::text, 'admin'::text])));
ALTER TABLE helpline_member ADD CONSTRAINT helpline_member_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
CREATE INDEX helpline_member_helpline_id_idx ON public.helpline_member USING btree (helpline_id);
CREATE UNIQUE INDEX helpline_member_pkey ON public.helpline_member USING btree (staff_id, helpline_id);
CREATE TRIGGER helpline_member_calendar_feed_end AFTER UPDATE OF role, active ON public.helpline_member FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_role();

CREATE TABLE login_throttle (
  address_hash bytea NOT NULL,
  window_started_at timestamp with time zone NOT NULL,
  failures integer NOT NULL,
  username_hash bytea NOT NULL
);
ALTER TABLE login_throttle ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (address_hash, username_hash);
CREATE UNIQUE INDEX login_throttle_pkey ON public.login_throttle USING btree (address_hash, username_hash);
CREATE INDEX login_throttle_window_started_at_idx ON public.login_throttle USING btree (window_started_at);

CREATE TABLE login_unknown_username (
  username_hash bytea NOT NULL,
  failed_logins integer DEFAULT 0 NOT NULL,
  next_attempt_at timestamp with time zone,
  locked_at timestamp with time zone,
  locked_until timestamp with time zone,
  lock_count integer DEFAULT 0 NOT NULL,
  attempt_started_at timestamp with time zone,
  updated_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE login_unknown_username ADD CONSTRAINT login_unknown_username_failed_logins_check CHECK ((failed_logins >= 0));
ALTER TABLE login_unknown_username ADD CONSTRAINT login_unknown_username_lock_count_check CHECK ((lock_count >= 0));
ALTER TABLE login_unknown_username ADD CONSTRAINT login_unknown_username_pkey PRIMARY KEY (username_hash);
CREATE UNIQUE INDEX login_unknown_username_pkey ON public.login_unknown_username USING btree (username_hash);
CREATE INDEX login_unknown_username_updated_at_idx ON public.login_unknown_username USING btree (updated_at);

CREATE TABLE peer_attendance (
  referral_id uuid NOT NULL,
  meeting smallint NOT NULL,
  status text NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE peer_attendance ADD CONSTRAINT peer_attendance_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE peer_attendance ADD CONSTRAINT peer_attendance_meeting_check CHECK (((meeting >= 1) AND (meeting <= 5)));
ALTER TABLE peer_attendance ADD CONSTRAINT peer_attendance_pkey PRIMARY KEY (referral_id, meeting);
ALTER TABLE peer_attendance ADD CONSTRAINT peer_attendance_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES staff(id);
ALTER TABLE peer_attendance ADD CONSTRAINT peer_attendance_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES peer_referral(id) ON DELETE CASCADE;
ALTER TABLE peer_attendance ADD CONSTRAINT peer_attendance_status_check CHECK ((status = ANY (ARRAY['present'::text, 'absent'::text, 'excused'::text])));
CREATE UNIQUE INDEX peer_attendance_pkey ON public.peer_attendance USING btree (referral_id, meeting);
ALTER TABLE peer_attendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON peer_attendance AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE peer_group (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  name bytea NOT NULL,
  location bytea NOT NULL,
  capacity integer NOT NULL,
  status text DEFAULT 'planned'::text NOT NULL,
  version integer DEFAULT 1 NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_by uuid NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE peer_group ADD CONSTRAINT peer_group_capacity_check CHECK (((capacity >= 1) AND (capacity <= 20)));
ALTER TABLE peer_group ADD CONSTRAINT peer_group_created_by_fkey FOREIGN KEY (created_by) REFERENCES staff(id);
ALTER TABLE peer_group ADD CONSTRAINT peer_group_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE peer_group ADD CONSTRAINT peer_group_pkey PRIMARY KEY (id);
ALTER TABLE peer_group ADD CONSTRAINT peer_group_status_check CHECK ((status = ANY (ARRAY['planned'::text, 'running'::text, 'finished'::text, 'cancelled'::text])));
ALTER TABLE peer_group ADD CONSTRAINT peer_group_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES staff(id);
ALTER TABLE peer_group ADD CONSTRAINT peer_group_version_check CHECK ((version >= 1));
CREATE UNIQUE INDEX peer_group_pkey ON public.peer_group USING btree (id);
ALTER TABLE peer_group ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON peer_group AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE peer_group_meeting (
  group_id uuid NOT NULL,
  number smallint NOT NULL,
  starts_at timestamp with time zone NOT NULL,
  theme_id text NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE peer_group_meeting ADD CONSTRAINT peer_group_meeting_group_id_fkey FOREIGN KEY (group_id) REFERENCES peer_group(id) ON DELETE CASCADE;
ALTER TABLE peer_group_meeting ADD CONSTRAINT peer_group_meeting_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE peer_group_meeting ADD CONSTRAINT peer_group_meeting_number_check CHECK (((number >= 1) AND (number <= 5)));
ALTER TABLE peer_group_meeting ADD CONSTRAINT peer_group_meeting_pkey PRIMARY KEY (group_id, number);
ALTER TABLE peer_group_meeting ADD CONSTRAINT peer_group_meeting_theme_check CHECK ((theme_id = ANY (ARRAY['how-it-comes-about'::text, 'functions-of-viewing-images'::text, 'risk-signals'::text, 'impact-on-you'::text, 'safety-plan-and-goals'::text, 'sexuality-and-intimacy'::text])));
CREATE UNIQUE INDEX peer_group_meeting_pkey ON public.peer_group_meeting USING btree (group_id, number);
ALTER TABLE peer_group_meeting ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON peer_group_meeting AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE peer_referral (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  status text DEFAULT 'waiting'::text NOT NULL,
  group_id uuid,
  referred_by uuid NOT NULL,
  referred_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  enrolled_by uuid,
  enrolled_at timestamp with time zone,
  withdrawn_by uuid,
  withdrawn_at timestamp with time zone,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contact(id) ON DELETE CASCADE;
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_enrolled_by_fkey FOREIGN KEY (enrolled_by) REFERENCES staff(id);
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_enrolled_check CHECK (((status <> 'enrolled'::text) OR ((group_id IS NOT NULL) AND (enrolled_at IS NOT NULL))));
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_group_id_fkey FOREIGN KEY (group_id) REFERENCES peer_group(id);
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_pkey PRIMARY KEY (id);
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_referred_by_fkey FOREIGN KEY (referred_by) REFERENCES staff(id);
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_status_check CHECK ((status = ANY (ARRAY['waiting'::text, 'enrolled'::text, 'withdrawn'::text])));
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_waiting_check CHECK (((status <> 'waiting'::text) OR (group_id IS NULL)));
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_withdrawn_by_fkey FOREIGN KEY (withdrawn_by) REFERENCES staff(id);
ALTER TABLE peer_referral ADD CONSTRAINT peer_referral_withdrawn_check CHECK (((status = 'withdrawn'::text) = (withdrawn_at IS NOT NULL)));
CREATE UNIQUE INDEX peer_referral_active_key ON public.peer_referral USING btree (case_id) WHERE (withdrawn_at IS NULL);
CREATE INDEX peer_referral_group_idx ON public.peer_referral USING btree (group_id);
CREATE UNIQUE INDEX peer_referral_pkey ON public.peer_referral USING btree (id);
CREATE INDEX peer_referral_queue_idx ON public.peer_referral USING btree (status, referred_at);
ALTER TABLE peer_referral ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON peer_referral AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE review_remark (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  author_id uuid NOT NULL,
  addressed_to uuid NOT NULL,
  text bytea NOT NULL,
  created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  acknowledged_at timestamp with time zone,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE review_remark ADD CONSTRAINT review_remark_acknowledged_check CHECK (((acknowledged_at IS NULL) OR (acknowledged_at >= created_at)));
ALTER TABLE review_remark ADD CONSTRAINT review_remark_addressed_to_fkey FOREIGN KEY (addressed_to) REFERENCES staff(id);
ALTER TABLE review_remark ADD CONSTRAINT review_remark_author_id_fkey FOREIGN KEY (author_id) REFERENCES staff(id);
ALTER TABLE review_remark ADD CONSTRAINT review_remark_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE review_remark ADD CONSTRAINT review_remark_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE review_remark ADD CONSTRAINT review_remark_pkey PRIMARY KEY (id);
CREATE INDEX review_remark_case_idx ON public.review_remark USING btree (case_id, created_at);
CREATE INDEX review_remark_open_idx ON public.review_remark USING btree (addressed_to, created_at) WHERE (acknowledged_at IS NULL);
CREATE UNIQUE INDEX review_remark_pkey ON public.review_remark USING btree (id);
ALTER TABLE review_remark ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON review_remark AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE risk_flag_acknowledgement (
  risk_flag_id uuid NOT NULL,
  acknowledged_by uuid NOT NULL,
  acknowledged_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE risk_flag_acknowledgement ADD CONSTRAINT risk_flag_acknowledgement_acknowledged_by_fkey FOREIGN KEY (acknowledged_by) REFERENCES staff(id);
ALTER TABLE risk_flag_acknowledgement ADD CONSTRAINT risk_flag_acknowledgement_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE risk_flag_acknowledgement ADD CONSTRAINT risk_flag_acknowledgement_pkey PRIMARY KEY (risk_flag_id);
ALTER TABLE risk_flag_acknowledgement ADD CONSTRAINT risk_flag_acknowledgement_risk_flag_id_fkey FOREIGN KEY (risk_flag_id) REFERENCES case_risk_flag(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX risk_flag_acknowledgement_pkey ON public.risk_flag_acknowledgement USING btree (risk_flag_id);
ALTER TABLE risk_flag_acknowledgement ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON risk_flag_acknowledgement AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE safety_plan (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  case_id uuid NOT NULL,
  status text NOT NULL,
  version integer NOT NULL,
  activated_at timestamp with time zone,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE safety_plan ADD CONSTRAINT safety_plan_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file(id) ON DELETE CASCADE;
ALTER TABLE safety_plan ADD CONSTRAINT safety_plan_case_id_key UNIQUE (case_id);
ALTER TABLE safety_plan ADD CONSTRAINT safety_plan_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE safety_plan ADD CONSTRAINT safety_plan_pkey PRIMARY KEY (id);
ALTER TABLE safety_plan ADD CONSTRAINT safety_plan_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'active'::text, 'evaluated'::text])));
ALTER TABLE safety_plan ADD CONSTRAINT safety_plan_version_check CHECK ((version >= 1));
CREATE UNIQUE INDEX safety_plan_case_id_key ON public.safety_plan USING btree (case_id);
CREATE UNIQUE INDEX safety_plan_pkey ON public.safety_plan USING btree (id);
CREATE TRIGGER supervision_plan_changed AFTER INSERT OR DELETE OR UPDATE ON public.safety_plan FOR EACH ROW EXECUTE FUNCTION supervision_plan_changed();
ALTER TABLE safety_plan ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON safety_plan AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE safety_plan_agreement (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  version_id uuid NOT NULL,
  agreement_id uuid NOT NULL,
  "position" integer NOT NULL,
  topic text NOT NULL,
  what bytea NOT NULL,
  who text NOT NULL,
  how_checked bytea,
  review_date date,
  result text,
  result_note bytea,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_pkey PRIMARY KEY (id);
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_position_check CHECK (("position" >= 0));
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_result_check CHECK (((result IS NULL) OR (result = ANY (ARRAY['kept'::text, 'partly'::text, 'not_kept'::text, 'no_longer_relevant'::text]))));
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_result_note_check CHECK (((result_note IS NULL) OR (result IS NOT NULL)));
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_topic_check CHECK ((topic = ANY (ARRAY['where-to-turn'::text, 'difficult-situations'::text, 'who-to-discuss-with'::text, 'avoid-risk-situations'::text, 'contact-with-minors'::text, 'how-can-we-help'::text, 'other'::text])));
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_version_agreement_key UNIQUE (version_id, agreement_id);
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_version_id_fkey FOREIGN KEY (version_id) REFERENCES safety_plan_version(id) ON DELETE CASCADE;
ALTER TABLE safety_plan_agreement ADD CONSTRAINT safety_plan_agreement_who_check CHECK ((who = ANY (ARRAY['caller'::text, 'person_of_concern'::text, 'other_adult'::text])));
CREATE UNIQUE INDEX safety_plan_agreement_pkey ON public.safety_plan_agreement USING btree (id);
CREATE UNIQUE INDEX safety_plan_agreement_version_agreement_key ON public.safety_plan_agreement USING btree (version_id, agreement_id);
CREATE TRIGGER supervision_agreement_changed AFTER INSERT OR DELETE OR UPDATE ON public.safety_plan_agreement FOR EACH ROW EXECUTE FUNCTION supervision_agreement_changed();
ALTER TABLE safety_plan_agreement ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON safety_plan_agreement AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE safety_plan_review_due (
  case_id uuid NOT NULL,
  review_date date NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE safety_plan_review_due ADD CONSTRAINT safety_plan_review_due_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE safety_plan_review_due ADD CONSTRAINT safety_plan_review_due_pkey PRIMARY KEY (case_id);
CREATE INDEX safety_plan_review_due_date_idx ON public.safety_plan_review_due USING btree (helpline_id, review_date);
CREATE UNIQUE INDEX safety_plan_review_due_pkey ON public.safety_plan_review_due USING btree (case_id);
ALTER TABLE safety_plan_review_due ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON safety_plan_review_due AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE safety_plan_version (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  plan_id uuid NOT NULL,
  number integer NOT NULL,
  status text NOT NULL,
  change text NOT NULL,
  contact_id uuid NOT NULL,
  changed_by uuid NOT NULL,
  changed_at timestamp with time zone DEFAULT now() NOT NULL,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_change_check CHECK ((change = ANY (ARRAY['update'::text, 'activate'::text, 'evaluate'::text])));
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES staff(id);
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES contact(id) ON DELETE CASCADE;
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_number_check CHECK ((number >= 1));
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_pkey PRIMARY KEY (id);
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES safety_plan(id) ON DELETE CASCADE;
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_plan_number_key UNIQUE (plan_id, number);
ALTER TABLE safety_plan_version ADD CONSTRAINT safety_plan_version_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'active'::text, 'evaluated'::text])));
CREATE UNIQUE INDEX safety_plan_version_pkey ON public.safety_plan_version USING btree (id);
CREATE UNIQUE INDEX safety_plan_version_plan_number_key ON public.safety_plan_version USING btree (plan_id, number);
ALTER TABLE safety_plan_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON safety_plan_version AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE schema_migration (
  id integer DEFAULT nextval('schema_migration_id_seq'::regclass) NOT NULL,
  "timestamp" bigint NOT NULL,
  name character varying NOT NULL
);
ALTER TABLE schema_migration ADD CONSTRAINT "PK_0edff5015b71cc0389ae0f4b9a1" PRIMARY KEY (id);
CREATE UNIQUE INDEX "PK_0edff5015b71cc0389ae0f4b9a1" ON public.schema_migration USING btree (id);

CREATE TABLE staff (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  username text NOT NULL,
  display_name text NOT NULL,
  active boolean DEFAULT true NOT NULL,
  password_hash text NOT NULL,
  failed_logins integer DEFAULT 0 NOT NULL,
  locked_at timestamp with time zone,
  next_attempt_at timestamp with time zone,
  last_sign_in_at timestamp with time zone,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  totp_secret bytea,
  totp_pending_secret bytea,
  totp_enabled_at timestamp with time zone,
  totp_last_step bigint,
  failed_second_factors integer DEFAULT 0 NOT NULL,
  locked_until timestamp with time zone,
  lock_count integer DEFAULT 0 NOT NULL,
  attempt_started_at timestamp with time zone,
  platform_admin boolean DEFAULT false NOT NULL
);
ALTER TABLE staff ADD CONSTRAINT staff_failed_logins_check CHECK ((failed_logins >= 0));
ALTER TABLE staff ADD CONSTRAINT staff_failed_second_factors_check CHECK ((failed_second_factors >= 0));
ALTER TABLE staff ADD CONSTRAINT staff_lock_count_check CHECK ((lock_count >= 0));
ALTER TABLE staff ADD CONSTRAINT staff_pkey PRIMARY KEY (id);
ALTER TABLE staff ADD CONSTRAINT staff_totp_enabled_check CHECK (((totp_secret IS NULL) = (totp_enabled_at IS NULL)));
ALTER TABLE staff ADD CONSTRAINT staff_username_format CHECK ((username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'::text));
ALTER TABLE staff ADD CONSTRAINT staff_username_key UNIQUE (username);
CREATE UNIQUE INDEX staff_pkey ON public.staff USING btree (id);
CREATE UNIQUE INDEX staff_username_key ON public.staff USING btree (username);
CREATE TRIGGER staff_calendar_feed_end AFTER UPDATE OF password_hash, totp_secret, active ON public.staff FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_credentials();

CREATE TABLE staff_absence (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  staff_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL
);
ALTER TABLE staff_absence ADD CONSTRAINT staff_absence_pkey PRIMARY KEY (id);
ALTER TABLE staff_absence ADD CONSTRAINT staff_absence_range_check CHECK ((ends_on >= starts_on));
ALTER TABLE staff_absence ADD CONSTRAINT staff_absence_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX staff_absence_pkey ON public.staff_absence USING btree (id);
CREATE INDEX staff_absence_staff_idx ON public.staff_absence USING btree (staff_id, starts_on);

CREATE TABLE staff_alert (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  kind text NOT NULL,
  staff_id uuid NOT NULL,
  raised_at timestamp with time zone DEFAULT now() NOT NULL,
  window_start timestamp with time zone NOT NULL,
  window_end timestamp with time zone NOT NULL,
  count integer NOT NULL,
  audit_event_id bigint,
  acknowledged_at timestamp with time zone,
  acknowledged_by uuid,
  helpline_id uuid DEFAULT row_helpline() NOT NULL
);
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_acknowledged_by_fkey FOREIGN KEY (acknowledged_by) REFERENCES staff(id);
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_acknowledged_check CHECK (((acknowledged_at IS NULL) = (acknowledged_by IS NULL)));
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_audit_event_id_key UNIQUE (audit_event_id);
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_count_check CHECK ((count > 0));
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id);
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_kind_check CHECK ((kind = ANY (ARRAY['unusual_access'::text, 'lookup_misses'::text])));
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_pkey PRIMARY KEY (id);
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id);
ALTER TABLE staff_alert ADD CONSTRAINT staff_alert_window_check CHECK ((window_end >= window_start));
CREATE UNIQUE INDEX staff_alert_audit_event_id_key ON public.staff_alert USING btree (audit_event_id);
CREATE UNIQUE INDEX staff_alert_pkey ON public.staff_alert USING btree (id);
CREATE INDEX staff_alert_staff_kind_idx ON public.staff_alert USING btree (staff_id, kind, raised_at);
ALTER TABLE staff_alert ENABLE ROW LEVEL SECURITY;
CREATE POLICY helpline_only ON staff_alert AS PERMISSIVE FOR ALL TO PUBLIC USING ((helpline_id = ( SELECT current_helpline() AS current_helpline))) WITH CHECK ((helpline_id = ( SELECT current_helpline() AS current_helpline)));

CREATE TABLE staff_recovery_code (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  staff_id uuid NOT NULL,
  code_hash bytea NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  used_at timestamp with time zone
);
ALTER TABLE staff_recovery_code ADD CONSTRAINT staff_recovery_code_hash_key UNIQUE (staff_id, code_hash);
ALTER TABLE staff_recovery_code ADD CONSTRAINT staff_recovery_code_pkey PRIMARY KEY (id);
ALTER TABLE staff_recovery_code ADD CONSTRAINT staff_recovery_code_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX staff_recovery_code_hash_key ON public.staff_recovery_code USING btree (staff_id, code_hash);
CREATE UNIQUE INDEX staff_recovery_code_pkey ON public.staff_recovery_code USING btree (id);

CREATE TABLE staff_schedule (
  staff_id uuid NOT NULL,
  updated_by uuid NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE staff_schedule ADD CONSTRAINT staff_schedule_pkey PRIMARY KEY (staff_id);
ALTER TABLE staff_schedule ADD CONSTRAINT staff_schedule_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
ALTER TABLE staff_schedule ADD CONSTRAINT staff_schedule_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES staff(id);
CREATE UNIQUE INDEX staff_schedule_pkey ON public.staff_schedule USING btree (staff_id);

CREATE TABLE staff_session (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  staff_id uuid NOT NULL,
  token_hash bytea NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
  expires_at timestamp with time zone NOT NULL,
  second_factor_pending boolean DEFAULT false NOT NULL,
  second_factor_at timestamp with time zone,
  helpline_id uuid
);
ALTER TABLE staff_session ADD CONSTRAINT staff_session_helpline_id_fkey FOREIGN KEY (helpline_id) REFERENCES helpline(id) ON DELETE CASCADE;
ALTER TABLE staff_session ADD CONSTRAINT staff_session_pkey PRIMARY KEY (id);
ALTER TABLE staff_session ADD CONSTRAINT staff_session_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
ALTER TABLE staff_session ADD CONSTRAINT staff_session_token_hash_key UNIQUE (token_hash);
CREATE UNIQUE INDEX staff_session_pkey ON public.staff_session USING btree (id);
CREATE INDEX staff_session_staff_id_idx ON public.staff_session USING btree (staff_id);
CREATE UNIQUE INDEX staff_session_token_hash_key ON public.staff_session USING btree (token_hash);

CREATE TABLE working_period (
  staff_id uuid NOT NULL,
  weekday smallint NOT NULL,
  start_minute smallint NOT NULL,
  end_minute smallint NOT NULL
);
ALTER TABLE working_period ADD CONSTRAINT working_period_minutes_check CHECK (((start_minute >= 0) AND (end_minute <= 1440) AND (start_minute < end_minute)));
ALTER TABLE working_period ADD CONSTRAINT working_period_pkey PRIMARY KEY (staff_id, weekday, start_minute);
ALTER TABLE working_period ADD CONSTRAINT working_period_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff(id) ON DELETE CASCADE;
ALTER TABLE working_period ADD CONSTRAINT working_period_weekday_check CHECK (((weekday >= 1) AND (weekday <= 7)));
CREATE UNIQUE INDEX working_period_pkey ON public.working_period USING btree (staff_id, weekday, start_minute);

CREATE OR REPLACE FUNCTION public.audit_event_canonical(id bigint, occurred_at timestamp with time zone, staff_id uuid, action text, entity_type text, entity_id text, case_code text, outcome text, reason text)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ SELECT concat_ws('|',
          'leidraad-audit-v1',
          audit_event_field(id::text),
          audit_event_field(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
          audit_event_field(staff_id::text),
          audit_event_field(action),
          audit_event_field(entity_type),
          audit_event_field(entity_id),
          audit_event_field(case_code),
          audit_event_field(outcome),
          audit_event_field(reason)) $function$;

CREATE OR REPLACE FUNCTION public.audit_event_field(v text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v END $function$;

CREATE OR REPLACE FUNCTION public.audit_event_prune(helpline uuid, retention_years integer)
 RETURNS bigint
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
      DECLARE
        chain uuid := coalesce(helpline, '00000000-0000-0000-0000-000000000000'::uuid);
        floor_years integer := greatest(1, coalesce((SELECT p.min_retention_years FROM public.audit_policy p), 1));
        cutoff timestamptz;
        first_kept bigint;
        boundary bigint;
        boundary_id bigint;
        boundary_hash bytea;
        pruned bigint;
      BEGIN
        IF retention_years IS NULL OR retention_years < floor_years OR retention_years > 100 THEN
          RAISE EXCEPTION 'audit rows are kept for at least % years (asked: %)', floor_years, retention_years
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        cutoff := now() - make_interval(years => retention_years);
        PERFORM pg_advisory_xact_lock(7317002, hashtext(chain::text));
        -- The longest sealed prefix of this chain whose rows are all older than the cutoff; never its head.
        SELECT coalesce(
                 (SELECT min(a.chain_seq) FROM public.audit_event a
                   WHERE coalesce(a.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain AND a.chain_seq IS NOT NULL AND a.occurred_at >= cutoff),
                 (SELECT max(a.chain_seq) FROM public.audit_event a WHERE coalesce(a.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain))
          INTO first_kept;
        SELECT a.chain_seq, a.id, a.row_hash INTO boundary, boundary_id, boundary_hash
          FROM public.audit_event a
         WHERE coalesce(a.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain AND a.chain_seq < first_kept
         ORDER BY a.chain_seq DESC LIMIT 1;
        IF boundary IS NULL THEN
          RETURN 0;
        END IF;
        PERFORM set_config('leidraad.audit_prune_through', boundary::text, true);
        PERFORM set_config('leidraad.audit_prune_chain', chain::text, true);
        DELETE FROM public.audit_event a WHERE coalesce(a.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain AND a.chain_seq <= boundary;
        GET DIAGNOSTICS pruned = ROW_COUNT;
        PERFORM set_config('leidraad.audit_prune_through', '', true);
        PERFORM set_config('leidraad.audit_prune_chain', '', true);
        INSERT INTO public.audit_prune_checkpoint (helpline_id, cutoff, last_pruned_id, last_pruned_hash, rows_pruned, last_pruned_seq)
          VALUES (helpline, cutoff, boundary_id, boundary_hash, pruned, boundary);
        RETURN pruned;
      END $function$;
REVOKE ALL ON FUNCTION audit_event_prune(uuid,integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_event_prune(uuid,integer) TO owner;

CREATE OR REPLACE FUNCTION public.audit_event_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
  DECLARE
    by_owner boolean := current_user = (SELECT r.rolname FROM pg_catalog.pg_class c
                                          JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
                                         WHERE c.oid = TG_RELID);
    through text := current_setting('leidraad.audit_prune_through', true);
    chain text := current_setting('leidraad.audit_prune_chain', true);
    chain_columns text[] := ARRAY['chain_seq', 'chain_version', 'previous_hash', 'row_hash'];
  BEGIN
    IF by_owner AND TG_OP = 'UPDATE' AND current_setting('leidraad.audit_sealing', true) = 'on'
       AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND (to_jsonb(NEW) - chain_columns) = (to_jsonb(OLD) - chain_columns) THEN
      RETURN NEW;
    END IF;
    IF by_owner AND TG_OP = 'DELETE' AND coalesce(through, '') <> ''
       AND coalesce(chain, '') <> '' AND coalesce(OLD.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid)::text = chain
       AND OLD.chain_seq <= through::bigint AND OLD.occurred_at < now() - interval '1 year' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $function$;

CREATE OR REPLACE FUNCTION public.audit_event_row_hash(previous_hash bytea, id bigint, occurred_at timestamp with time zone, staff_id uuid, action text, entity_type text, entity_id text, case_code text, outcome text, reason text)
 RETURNS bytea
 LANGUAGE sql
 STABLE
AS $function$ SELECT sha256(coalesce(previous_hash, ''::bytea) || convert_to(audit_event_canonical(
          id, occurred_at, staff_id, action, entity_type, entity_id, case_code, outcome, reason), 'UTF8')) $function$;

CREATE OR REPLACE FUNCTION public.audit_event_seal(helpline uuid, after_seq bigint, after_hash bytea, ids bigint[], hashes bytea[])
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
      DECLARE
        chain uuid := coalesce(helpline, '00000000-0000-0000-0000-000000000000'::uuid);
        head_seq bigint;
        head_hash bytea;
        wanted integer := coalesce(array_length(ids, 1), 0);
        sealed integer;
      BEGIN
        IF wanted <> coalesce(array_length(hashes, 1), 0) OR wanted = 0 OR wanted > 10000
           OR EXISTS (SELECT 1 FROM unnest(hashes) h WHERE h IS NULL OR octet_length(h) <> 32) THEN
          RAISE EXCEPTION 'audit_event_seal: 1 to 10000 ids with one 32-byte hash each'
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM pg_advisory_xact_lock(7317002, hashtext(chain::text));
        SELECT a.chain_seq, a.row_hash INTO head_seq, head_hash
          FROM public.audit_event a
         WHERE coalesce(a.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain AND a.chain_seq IS NOT NULL
         ORDER BY a.chain_seq DESC LIMIT 1;
        IF head_seq IS NULL THEN
          SELECT p.last_pruned_seq, p.last_pruned_hash INTO head_seq, head_hash
            FROM public.audit_prune_checkpoint p
           WHERE coalesce(p.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain
           ORDER BY p.last_pruned_seq DESC LIMIT 1;
        END IF;
        IF coalesce(head_seq, 0) <> after_seq OR head_hash IS DISTINCT FROM after_hash THEN
          RAISE EXCEPTION 'audit_event_seal: the chain head moved' USING ERRCODE = 'serialization_failure';
        END IF;
        PERFORM set_config('leidraad.audit_sealing', 'on', true);
        UPDATE public.audit_event a
           SET chain_seq = after_seq + u.n,
               chain_version = 3,
               previous_hash = CASE WHEN u.n = 1 THEN after_hash ELSE hashes[u.n - 1] END,
               row_hash = u.hash
          FROM unnest(ids, hashes) WITH ORDINALITY AS u(id, hash, n)
         WHERE a.id = u.id AND a.chain_seq IS NULL AND coalesce(a.helpline_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain;
        GET DIAGNOSTICS sealed = ROW_COUNT;
        PERFORM set_config('leidraad.audit_sealing', '', true);
        IF sealed <> wanted THEN
          RAISE EXCEPTION 'audit_event_seal: % of % rows were waiting to be sealed in this chain', sealed, wanted
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN sealed;
      END $function$;
REVOKE ALL ON FUNCTION audit_event_seal(uuid,bigint,bytea,bigint[],bytea[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_event_seal(uuid,bigint,bytea,bigint[],bytea[]) TO owner;

CREATE OR REPLACE FUNCTION public.audit_prune_checkpoint_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        RAISE EXCEPTION 'audit_prune_checkpoint is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $function$;

CREATE OR REPLACE FUNCTION public.calendar_feed_end_with_credentials()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
           OR (OLD.totp_secret IS NOT NULL AND NEW.totp_secret IS NULL)
           OR (OLD.active AND NOT NEW.active) THEN
          DELETE FROM calendar_feed WHERE staff_id = NEW.id;
        END IF;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.calendar_feed_end_with_role()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        IF NEW.role IS DISTINCT FROM OLD.role OR (OLD.active AND NOT NEW.active) THEN
          DELETE FROM calendar_feed WHERE staff_id = NEW.staff_id;
        END IF;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.current_helpline()
 RETURNS uuid
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$ SELECT nullif(current_setting('leidraad.helpline', true), '')::uuid $function$;

CREATE OR REPLACE FUNCTION public.row_helpline()
 RETURNS uuid
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(current_helpline(), (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1)) $function$;

CREATE OR REPLACE FUNCTION public.supervision_agreement_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      DECLARE
        target uuid;
      BEGIN
        SELECT p.case_id INTO target
          FROM safety_plan_version v JOIN safety_plan p ON p.id = v.plan_id
         WHERE v.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
        IF target IS NOT NULL THEN
          PERFORM supervision_refresh_case_review(target);
        END IF;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_appointment_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM supervision_refresh_case_appointments(OLD.case_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.case_id <> OLD.case_id) THEN
          PERFORM supervision_refresh_case_appointments(NEW.case_id);
        END IF;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_case_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        PERFORM supervision_refresh_case_contacts(NEW.id);
        PERFORM supervision_refresh_case_guide(NEW.id);
        PERFORM supervision_refresh_case_appointments(NEW.id);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_case_deleted()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        DELETE FROM case_guide_summary WHERE case_id = OLD.id;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_contact_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM supervision_refresh_case_contacts(OLD.case_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.case_id <> OLD.case_id) THEN
          PERFORM supervision_refresh_case_contacts(NEW.case_id);
        END IF;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_correction_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        PERFORM supervision_refresh_case_contacts(CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_guide_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
      BEGIN
        PERFORM supervision_refresh_case_contacts(target);
        PERFORM supervision_refresh_case_guide(target);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_guide_step(item_id text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT substring(item_id FROM '^step-([0-9]+)[.]')::integer $function$;

CREATE OR REPLACE FUNCTION public.supervision_lock_case(p_case uuid)
 RETURNS boolean
 LANGUAGE plpgsql
AS $function$
      DECLARE
        helpline uuid;
      BEGIN
        -- Shared: refreshes of one helpline run side by side, a change of its zone waits for them.
        SELECT c.helpline_id INTO helpline FROM case_file c WHERE c.id = p_case;
        IF helpline IS NOT NULL THEN
          PERFORM pg_advisory_xact_lock_shared(7317451, hashtext(helpline::text));
        END IF;
        PERFORM pg_advisory_xact_lock(7317450, hashtext(p_case::text));
        RETURN true;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_lock_helpline(p_helpline uuid)
 RETURNS boolean
 LANGUAGE plpgsql
AS $function$
      BEGIN
        PERFORM pg_advisory_xact_lock(7317451, hashtext(p_helpline::text));
        RETURN true;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_plan_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        PERFORM supervision_refresh_case_review(CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_refresh_case_appointments(p_case uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      DECLARE
        days date[];
      BEGIN
        PERFORM supervision_lock_case(p_case);
        IF NOT EXISTS (SELECT 1 FROM case_file WHERE id = p_case)
           AND NOT EXISTS (SELECT 1 FROM appointment_summary_entry WHERE case_id = p_case) THEN
          RETURN;
        END IF;
        WITH fresh AS (
  SELECT a.id AS appointment_id, a.case_id, a.counsellor_id, a.starts_at, a.ends_at,
         (a.starts_at AT TIME ZONE h.time_zone)::date AS day, a.channel, c.caller_role, c.concern, a.status, c.helpline_id
    FROM appointment a JOIN case_file c ON c.id = a.case_id JOIN helpline h ON h.id = c.helpline_id
   WHERE a.case_id = p_case),
        old AS (SELECT * FROM appointment_summary_entry WHERE case_id = p_case),
        gone AS (DELETE FROM appointment_summary_entry WHERE case_id = p_case
                   AND appointment_id NOT IN (SELECT appointment_id FROM fresh)),
        kept AS (INSERT INTO appointment_summary_entry SELECT * FROM fresh ON CONFLICT (appointment_id) DO UPDATE
                   SET case_id = EXCLUDED.case_id, counsellor_id = EXCLUDED.counsellor_id, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, day = EXCLUDED.day, channel = EXCLUDED.channel, caller_role = EXCLUDED.caller_role, concern = EXCLUDED.concern, status = EXCLUDED.status, helpline_id = EXCLUDED.helpline_id),
        delta AS (
          SELECT day, helpline_id, channel, caller_role, concern, status, 1 AS appointments FROM fresh
          UNION ALL
          SELECT day, helpline_id, channel, caller_role, concern, status, -1 FROM old
        ),
        daily AS (INSERT INTO appointment_daily_summary AS s (day, helpline_id, channel, caller_role, concern, status, appointments)
    SELECT day, helpline_id, channel, caller_role, concern, status, sum(appointments)
      FROM delta GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(appointments) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day, helpline_id, channel, caller_role, concern, status) DO UPDATE
       SET appointments = s.appointments + EXCLUDED.appointments)
        SELECT array_agg(DISTINCT day) INTO days FROM delta;
        IF days IS NOT NULL THEN
          DELETE FROM appointment_daily_summary WHERE day = ANY (days) AND appointments = 0;
        END IF;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_refresh_case_contacts(p_case uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      DECLARE
        days date[];
      BEGIN
        PERFORM supervision_lock_case(p_case);
        IF NOT EXISTS (SELECT 1 FROM case_file WHERE id = p_case)
           AND NOT EXISTS (SELECT 1 FROM contact_summary_entry WHERE case_id = p_case) THEN
          RETURN;
        END IF;
        WITH fresh AS (
  SELECT k.id AS contact_id, k.case_id, k.counsellor_id,
         (e.started_at AT TIME ZONE h.time_zone)::date AS day,
         e.channel, c.caller_role, c.concern,
         row_number() OVER (PARTITION BY k.case_id ORDER BY e.started_at, k.id) = 1 AS is_new,
         width_bucket(extract(epoch FROM e.ended_at - e.started_at) / 60.0,
                      ARRAY[2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120]::float8[]) AS bucket,
         coalesce(w.steps, 0) <> 0 AS guide_work,
         coalesce(w.steps, 0) & ((1 << (coalesce(p.step, 0) + 2)) - (1 << coalesce(p.step, 1))) <> 0 AS on_suggested,
         c.helpline_id
    FROM contact k
    JOIN case_file c ON c.id = k.case_id
    JOIN helpline h ON h.id = c.helpline_id
    LEFT JOIN LATERAL (
      SELECT (array_agg(r.channel ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.channel IS NOT NULL))[1] AS channel,
             (array_agg(r.started_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.started_at IS NOT NULL))[1] AS started_at,
             (array_agg(r.ended_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.ended_at IS NOT NULL))[1] AS ended_at
        FROM contact_correction r WHERE r.contact_id = k.id
    ) r ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(r.channel, k.channel) AS channel,
             coalesce(r.started_at, k.started_at) AS started_at,
             coalesce(r.ended_at, k.ended_at) AS ended_at
    ) e
    LEFT JOIN LATERAL (
      SELECT bit_or(1 << supervision_guide_step(g.item_id)) AS steps
        FROM guide_progress_change g WHERE g.case_id = k.case_id AND g.contact_id = k.id
    ) w ON true
    LEFT JOIN LATERAL (
      SELECT max(supervision_guide_step(g.item_id)) AS step
        FROM guide_progress_change g
       WHERE g.case_id = k.case_id AND g.changed_at < e.started_at AND g.to_state <> 'not_discussed'
         AND g.contact_id IS DISTINCT FROM k.id
    ) p ON true
   WHERE k.status = 'final' AND k.case_id = p_case),
        old AS (SELECT * FROM contact_summary_entry WHERE case_id = p_case),
        -- Removal and upsert touch different rows, so their order inside the statement does not matter.
        gone AS (DELETE FROM contact_summary_entry WHERE case_id = p_case
                   AND contact_id NOT IN (SELECT contact_id FROM fresh)),
        kept AS (INSERT INTO contact_summary_entry SELECT * FROM fresh ON CONFLICT (contact_id) DO UPDATE
                   SET case_id = EXCLUDED.case_id, counsellor_id = EXCLUDED.counsellor_id, day = EXCLUDED.day, channel = EXCLUDED.channel, caller_role = EXCLUDED.caller_role, concern = EXCLUDED.concern, is_new = EXCLUDED.is_new, bucket = EXCLUDED.bucket, guide_work = EXCLUDED.guide_work, on_suggested = EXCLUDED.on_suggested, helpline_id = EXCLUDED.helpline_id),
        delta AS (
          SELECT f.*, 1 AS sign, 1 AS contacts, CASE WHEN f.is_new THEN 1 ELSE 0 END AS new_contacts, CASE WHEN f.guide_work THEN 1 ELSE 0 END AS guide_contacts, CASE WHEN f.on_suggested THEN 1 ELSE 0 END AS on_suggested_contacts, CASE WHEN f.bucket = 0 THEN 1 ELSE 0 END AS d0, CASE WHEN f.bucket = 1 THEN 1 ELSE 0 END AS d1, CASE WHEN f.bucket = 2 THEN 1 ELSE 0 END AS d2, CASE WHEN f.bucket = 3 THEN 1 ELSE 0 END AS d3, CASE WHEN f.bucket = 4 THEN 1 ELSE 0 END AS d4, CASE WHEN f.bucket = 5 THEN 1 ELSE 0 END AS d5, CASE WHEN f.bucket = 6 THEN 1 ELSE 0 END AS d6, CASE WHEN f.bucket = 7 THEN 1 ELSE 0 END AS d7, CASE WHEN f.bucket = 8 THEN 1 ELSE 0 END AS d8, CASE WHEN f.bucket = 9 THEN 1 ELSE 0 END AS d9, CASE WHEN f.bucket = 10 THEN 1 ELSE 0 END AS d10, CASE WHEN f.bucket = 11 THEN 1 ELSE 0 END AS d11, CASE WHEN f.bucket = 12 THEN 1 ELSE 0 END AS d12, CASE WHEN f.bucket = 13 THEN 1 ELSE 0 END AS d13, CASE WHEN f.bucket = 14 THEN 1 ELSE 0 END AS d14, CASE WHEN f.bucket = 15 THEN 1 ELSE 0 END AS d15 FROM fresh f
          UNION ALL
          SELECT o.*, -1, -1 AS contacts, CASE WHEN o.is_new THEN -1 ELSE 0 END AS new_contacts, CASE WHEN o.guide_work THEN -1 ELSE 0 END AS guide_contacts, CASE WHEN o.on_suggested THEN -1 ELSE 0 END AS on_suggested_contacts, CASE WHEN o.bucket = 0 THEN -1 ELSE 0 END AS d0, CASE WHEN o.bucket = 1 THEN -1 ELSE 0 END AS d1, CASE WHEN o.bucket = 2 THEN -1 ELSE 0 END AS d2, CASE WHEN o.bucket = 3 THEN -1 ELSE 0 END AS d3, CASE WHEN o.bucket = 4 THEN -1 ELSE 0 END AS d4, CASE WHEN o.bucket = 5 THEN -1 ELSE 0 END AS d5, CASE WHEN o.bucket = 6 THEN -1 ELSE 0 END AS d6, CASE WHEN o.bucket = 7 THEN -1 ELSE 0 END AS d7, CASE WHEN o.bucket = 8 THEN -1 ELSE 0 END AS d8, CASE WHEN o.bucket = 9 THEN -1 ELSE 0 END AS d9, CASE WHEN o.bucket = 10 THEN -1 ELSE 0 END AS d10, CASE WHEN o.bucket = 11 THEN -1 ELSE 0 END AS d11, CASE WHEN o.bucket = 12 THEN -1 ELSE 0 END AS d12, CASE WHEN o.bucket = 13 THEN -1 ELSE 0 END AS d13, CASE WHEN o.bucket = 14 THEN -1 ELSE 0 END AS d14, CASE WHEN o.bucket = 15 THEN -1 ELSE 0 END AS d15 FROM old o
        ),
        daily AS (INSERT INTO contact_daily_summary AS s (day, helpline_id, channel, caller_role, concern, contacts, new_contacts, guide_contacts, on_suggested_contacts, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15)
    SELECT day, helpline_id, channel, caller_role, concern, sum(contacts), sum(new_contacts), sum(guide_contacts), sum(on_suggested_contacts), sum(d0), sum(d1), sum(d2), sum(d3), sum(d4), sum(d5), sum(d6), sum(d7), sum(d8), sum(d9), sum(d10), sum(d11), sum(d12), sum(d13), sum(d14), sum(d15)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(contacts) <> 0 OR sum(new_contacts) <> 0 OR sum(guide_contacts) <> 0 OR sum(on_suggested_contacts) <> 0 OR sum(d0) <> 0 OR sum(d1) <> 0 OR sum(d2) <> 0 OR sum(d3) <> 0 OR sum(d4) <> 0 OR sum(d5) <> 0 OR sum(d6) <> 0 OR sum(d7) <> 0 OR sum(d8) <> 0 OR sum(d9) <> 0 OR sum(d10) <> 0 OR sum(d11) <> 0 OR sum(d12) <> 0 OR sum(d13) <> 0 OR sum(d14) <> 0 OR sum(d15) <> 0
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, helpline_id, channel, caller_role, concern) DO UPDATE
       SET contacts = s.contacts + EXCLUDED.contacts, new_contacts = s.new_contacts + EXCLUDED.new_contacts, guide_contacts = s.guide_contacts + EXCLUDED.guide_contacts, on_suggested_contacts = s.on_suggested_contacts + EXCLUDED.on_suggested_contacts, d0 = s.d0 + EXCLUDED.d0, d1 = s.d1 + EXCLUDED.d1, d2 = s.d2 + EXCLUDED.d2, d3 = s.d3 + EXCLUDED.d3, d4 = s.d4 + EXCLUDED.d4, d5 = s.d5 + EXCLUDED.d5, d6 = s.d6 + EXCLUDED.d6, d7 = s.d7 + EXCLUDED.d7, d8 = s.d8 + EXCLUDED.d8, d9 = s.d9 + EXCLUDED.d9, d10 = s.d10 + EXCLUDED.d10, d11 = s.d11 + EXCLUDED.d11, d12 = s.d12 + EXCLUDED.d12, d13 = s.d13 + EXCLUDED.d13, d14 = s.d14 + EXCLUDED.d14, d15 = s.d15 + EXCLUDED.d15),
        weekly AS (INSERT INTO contact_weekly_summary AS s (week, helpline_id, channel, caller_role, concern, contacts, new_contacts, guide_contacts, on_suggested_contacts, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15)
    SELECT date_trunc('week', day)::date, helpline_id, channel, caller_role, concern, sum(contacts), sum(new_contacts), sum(guide_contacts), sum(on_suggested_contacts), sum(d0), sum(d1), sum(d2), sum(d3), sum(d4), sum(d5), sum(d6), sum(d7), sum(d8), sum(d9), sum(d10), sum(d11), sum(d12), sum(d13), sum(d14), sum(d15)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(contacts) <> 0 OR sum(new_contacts) <> 0 OR sum(guide_contacts) <> 0 OR sum(on_suggested_contacts) <> 0 OR sum(d0) <> 0 OR sum(d1) <> 0 OR sum(d2) <> 0 OR sum(d3) <> 0 OR sum(d4) <> 0 OR sum(d5) <> 0 OR sum(d6) <> 0 OR sum(d7) <> 0 OR sum(d8) <> 0 OR sum(d9) <> 0 OR sum(d10) <> 0 OR sum(d11) <> 0 OR sum(d12) <> 0 OR sum(d13) <> 0 OR sum(d14) <> 0 OR sum(d15) <> 0
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (week, helpline_id, channel, caller_role, concern) DO UPDATE
       SET contacts = s.contacts + EXCLUDED.contacts, new_contacts = s.new_contacts + EXCLUDED.new_contacts, guide_contacts = s.guide_contacts + EXCLUDED.guide_contacts, on_suggested_contacts = s.on_suggested_contacts + EXCLUDED.on_suggested_contacts, d0 = s.d0 + EXCLUDED.d0, d1 = s.d1 + EXCLUDED.d1, d2 = s.d2 + EXCLUDED.d2, d3 = s.d3 + EXCLUDED.d3, d4 = s.d4 + EXCLUDED.d4, d5 = s.d5 + EXCLUDED.d5, d6 = s.d6 + EXCLUDED.d6, d7 = s.d7 + EXCLUDED.d7, d8 = s.d8 + EXCLUDED.d8, d9 = s.d9 + EXCLUDED.d9, d10 = s.d10 + EXCLUDED.d10, d11 = s.d11 + EXCLUDED.d11, d12 = s.d12 + EXCLUDED.d12, d13 = s.d13 + EXCLUDED.d13, d14 = s.d14 + EXCLUDED.d14, d15 = s.d15 + EXCLUDED.d15),
        per_counsellor AS (
          INSERT INTO counsellor_daily_contacts AS s (helpline_id, counsellor_id, day, contacts)
            SELECT helpline_id, counsellor_id, day, sum(sign) FROM delta
             GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT (helpline_id, counsellor_id, day) DO UPDATE SET contacts = s.contacts + EXCLUDED.contacts)
        SELECT array_agg(DISTINCT day) INTO days FROM delta;
        -- Rows that dropped to zero go, so the state equals what supervision_summaries_rebuild() makes.
        IF days IS NOT NULL THEN
          DELETE FROM contact_daily_summary WHERE day = ANY (days) AND contacts = 0;
          DELETE FROM contact_weekly_summary WHERE contacts = 0
             AND week IN (SELECT date_trunc('week', d)::date FROM unnest(days) d);
          DELETE FROM counsellor_daily_contacts WHERE day = ANY (days) AND contacts = 0;
        END IF;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_refresh_case_guide(p_case uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      BEGIN
        PERFORM supervision_lock_case(p_case);
        DELETE FROM case_guide_summary WHERE case_id = p_case;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps, helpline_id)
          
  SELECT c.id AS case_id, c.caller_role, c.concern,
         (min(g.changed_at) AT TIME ZONE h.time_zone)::date AS started_on,
         coalesce(bit_or(1 << supervision_guide_step(g.item_id)), 0) AS steps,
         c.helpline_id
    FROM case_file c JOIN helpline h ON h.id = c.helpline_id
    JOIN guide_progress_change g ON g.case_id = c.id AND g.to_state <> 'not_discussed'
   WHERE c.id = p_case
   GROUP BY c.id, h.time_zone;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_refresh_case_review(p_case uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      BEGIN
        DELETE FROM safety_plan_review_due WHERE case_id = p_case;
        INSERT INTO safety_plan_review_due (case_id, review_date, helpline_id) 
  SELECT p.case_id, min(a.review_date), p.helpline_id
    FROM safety_plan p
    JOIN safety_plan_version v ON v.plan_id = p.id AND v.number = p.version
    JOIN safety_plan_agreement a ON a.version_id = v.id
   WHERE p.status = 'active' AND a.result IS NULL AND a.review_date IS NOT NULL AND p.case_id = p_case
   GROUP BY p.case_id, p.helpline_id;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_summaries_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      BEGIN
        LOCK TABLE contact_summary_entry, contact_daily_summary, contact_weekly_summary, counsellor_daily_contacts,
                   case_guide_summary, appointment_summary_entry, appointment_daily_summary, safety_plan_review_due
                   IN EXCLUSIVE MODE;
        TRUNCATE contact_summary_entry, contact_daily_summary, contact_weekly_summary, counsellor_daily_contacts,
                 case_guide_summary, appointment_summary_entry, appointment_daily_summary, safety_plan_review_due;
        INSERT INTO safety_plan_review_due (case_id, review_date, helpline_id) 
  SELECT p.case_id, min(a.review_date), p.helpline_id
    FROM safety_plan p
    JOIN safety_plan_version v ON v.plan_id = p.id AND v.number = p.version
    JOIN safety_plan_agreement a ON a.version_id = v.id
   WHERE p.status = 'active' AND a.result IS NULL AND a.review_date IS NOT NULL AND true
   GROUP BY p.case_id, p.helpline_id;
        INSERT INTO contact_summary_entry 
  SELECT k.id AS contact_id, k.case_id, k.counsellor_id,
         (e.started_at AT TIME ZONE h.time_zone)::date AS day,
         e.channel, c.caller_role, c.concern,
         row_number() OVER (PARTITION BY k.case_id ORDER BY e.started_at, k.id) = 1 AS is_new,
         width_bucket(extract(epoch FROM e.ended_at - e.started_at) / 60.0,
                      ARRAY[2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120]::float8[]) AS bucket,
         coalesce(w.steps, 0) <> 0 AS guide_work,
         coalesce(w.steps, 0) & ((1 << (coalesce(p.step, 0) + 2)) - (1 << coalesce(p.step, 1))) <> 0 AS on_suggested,
         c.helpline_id
    FROM contact k
    JOIN case_file c ON c.id = k.case_id
    JOIN helpline h ON h.id = c.helpline_id
    LEFT JOIN LATERAL (
      SELECT (array_agg(r.channel ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.channel IS NOT NULL))[1] AS channel,
             (array_agg(r.started_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.started_at IS NOT NULL))[1] AS started_at,
             (array_agg(r.ended_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.ended_at IS NOT NULL))[1] AS ended_at
        FROM contact_correction r WHERE r.contact_id = k.id
    ) r ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(r.channel, k.channel) AS channel,
             coalesce(r.started_at, k.started_at) AS started_at,
             coalesce(r.ended_at, k.ended_at) AS ended_at
    ) e
    LEFT JOIN LATERAL (
      SELECT bit_or(1 << supervision_guide_step(g.item_id)) AS steps
        FROM guide_progress_change g WHERE g.case_id = k.case_id AND g.contact_id = k.id
    ) w ON true
    LEFT JOIN LATERAL (
      SELECT max(supervision_guide_step(g.item_id)) AS step
        FROM guide_progress_change g
       WHERE g.case_id = k.case_id AND g.changed_at < e.started_at AND g.to_state <> 'not_discussed'
         AND g.contact_id IS DISTINCT FROM k.id
    ) p ON true
   WHERE k.status = 'final' AND true;
        WITH delta AS (SELECT x.*, 1 AS contacts, CASE WHEN x.is_new THEN 1 ELSE 0 END AS new_contacts, CASE WHEN x.guide_work THEN 1 ELSE 0 END AS guide_contacts, CASE WHEN x.on_suggested THEN 1 ELSE 0 END AS on_suggested_contacts, CASE WHEN x.bucket = 0 THEN 1 ELSE 0 END AS d0, CASE WHEN x.bucket = 1 THEN 1 ELSE 0 END AS d1, CASE WHEN x.bucket = 2 THEN 1 ELSE 0 END AS d2, CASE WHEN x.bucket = 3 THEN 1 ELSE 0 END AS d3, CASE WHEN x.bucket = 4 THEN 1 ELSE 0 END AS d4, CASE WHEN x.bucket = 5 THEN 1 ELSE 0 END AS d5, CASE WHEN x.bucket = 6 THEN 1 ELSE 0 END AS d6, CASE WHEN x.bucket = 7 THEN 1 ELSE 0 END AS d7, CASE WHEN x.bucket = 8 THEN 1 ELSE 0 END AS d8, CASE WHEN x.bucket = 9 THEN 1 ELSE 0 END AS d9, CASE WHEN x.bucket = 10 THEN 1 ELSE 0 END AS d10, CASE WHEN x.bucket = 11 THEN 1 ELSE 0 END AS d11, CASE WHEN x.bucket = 12 THEN 1 ELSE 0 END AS d12, CASE WHEN x.bucket = 13 THEN 1 ELSE 0 END AS d13, CASE WHEN x.bucket = 14 THEN 1 ELSE 0 END AS d14, CASE WHEN x.bucket = 15 THEN 1 ELSE 0 END AS d15 FROM contact_summary_entry x)
        INSERT INTO contact_daily_summary AS s (day, helpline_id, channel, caller_role, concern, contacts, new_contacts, guide_contacts, on_suggested_contacts, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15)
    SELECT day, helpline_id, channel, caller_role, concern, sum(contacts), sum(new_contacts), sum(guide_contacts), sum(on_suggested_contacts), sum(d0), sum(d1), sum(d2), sum(d3), sum(d4), sum(d5), sum(d6), sum(d7), sum(d8), sum(d9), sum(d10), sum(d11), sum(d12), sum(d13), sum(d14), sum(d15)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(contacts) <> 0 OR sum(new_contacts) <> 0 OR sum(guide_contacts) <> 0 OR sum(on_suggested_contacts) <> 0 OR sum(d0) <> 0 OR sum(d1) <> 0 OR sum(d2) <> 0 OR sum(d3) <> 0 OR sum(d4) <> 0 OR sum(d5) <> 0 OR sum(d6) <> 0 OR sum(d7) <> 0 OR sum(d8) <> 0 OR sum(d9) <> 0 OR sum(d10) <> 0 OR sum(d11) <> 0 OR sum(d12) <> 0 OR sum(d13) <> 0 OR sum(d14) <> 0 OR sum(d15) <> 0
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, helpline_id, channel, caller_role, concern) DO UPDATE
       SET contacts = s.contacts + EXCLUDED.contacts, new_contacts = s.new_contacts + EXCLUDED.new_contacts, guide_contacts = s.guide_contacts + EXCLUDED.guide_contacts, on_suggested_contacts = s.on_suggested_contacts + EXCLUDED.on_suggested_contacts, d0 = s.d0 + EXCLUDED.d0, d1 = s.d1 + EXCLUDED.d1, d2 = s.d2 + EXCLUDED.d2, d3 = s.d3 + EXCLUDED.d3, d4 = s.d4 + EXCLUDED.d4, d5 = s.d5 + EXCLUDED.d5, d6 = s.d6 + EXCLUDED.d6, d7 = s.d7 + EXCLUDED.d7, d8 = s.d8 + EXCLUDED.d8, d9 = s.d9 + EXCLUDED.d9, d10 = s.d10 + EXCLUDED.d10, d11 = s.d11 + EXCLUDED.d11, d12 = s.d12 + EXCLUDED.d12, d13 = s.d13 + EXCLUDED.d13, d14 = s.d14 + EXCLUDED.d14, d15 = s.d15 + EXCLUDED.d15;
        WITH delta AS (SELECT x.*, 1 AS contacts, CASE WHEN x.is_new THEN 1 ELSE 0 END AS new_contacts, CASE WHEN x.guide_work THEN 1 ELSE 0 END AS guide_contacts, CASE WHEN x.on_suggested THEN 1 ELSE 0 END AS on_suggested_contacts, CASE WHEN x.bucket = 0 THEN 1 ELSE 0 END AS d0, CASE WHEN x.bucket = 1 THEN 1 ELSE 0 END AS d1, CASE WHEN x.bucket = 2 THEN 1 ELSE 0 END AS d2, CASE WHEN x.bucket = 3 THEN 1 ELSE 0 END AS d3, CASE WHEN x.bucket = 4 THEN 1 ELSE 0 END AS d4, CASE WHEN x.bucket = 5 THEN 1 ELSE 0 END AS d5, CASE WHEN x.bucket = 6 THEN 1 ELSE 0 END AS d6, CASE WHEN x.bucket = 7 THEN 1 ELSE 0 END AS d7, CASE WHEN x.bucket = 8 THEN 1 ELSE 0 END AS d8, CASE WHEN x.bucket = 9 THEN 1 ELSE 0 END AS d9, CASE WHEN x.bucket = 10 THEN 1 ELSE 0 END AS d10, CASE WHEN x.bucket = 11 THEN 1 ELSE 0 END AS d11, CASE WHEN x.bucket = 12 THEN 1 ELSE 0 END AS d12, CASE WHEN x.bucket = 13 THEN 1 ELSE 0 END AS d13, CASE WHEN x.bucket = 14 THEN 1 ELSE 0 END AS d14, CASE WHEN x.bucket = 15 THEN 1 ELSE 0 END AS d15 FROM contact_summary_entry x)
        INSERT INTO contact_weekly_summary AS s (week, helpline_id, channel, caller_role, concern, contacts, new_contacts, guide_contacts, on_suggested_contacts, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15)
    SELECT date_trunc('week', day)::date, helpline_id, channel, caller_role, concern, sum(contacts), sum(new_contacts), sum(guide_contacts), sum(on_suggested_contacts), sum(d0), sum(d1), sum(d2), sum(d3), sum(d4), sum(d5), sum(d6), sum(d7), sum(d8), sum(d9), sum(d10), sum(d11), sum(d12), sum(d13), sum(d14), sum(d15)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(contacts) <> 0 OR sum(new_contacts) <> 0 OR sum(guide_contacts) <> 0 OR sum(on_suggested_contacts) <> 0 OR sum(d0) <> 0 OR sum(d1) <> 0 OR sum(d2) <> 0 OR sum(d3) <> 0 OR sum(d4) <> 0 OR sum(d5) <> 0 OR sum(d6) <> 0 OR sum(d7) <> 0 OR sum(d8) <> 0 OR sum(d9) <> 0 OR sum(d10) <> 0 OR sum(d11) <> 0 OR sum(d12) <> 0 OR sum(d13) <> 0 OR sum(d14) <> 0 OR sum(d15) <> 0
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (week, helpline_id, channel, caller_role, concern) DO UPDATE
       SET contacts = s.contacts + EXCLUDED.contacts, new_contacts = s.new_contacts + EXCLUDED.new_contacts, guide_contacts = s.guide_contacts + EXCLUDED.guide_contacts, on_suggested_contacts = s.on_suggested_contacts + EXCLUDED.on_suggested_contacts, d0 = s.d0 + EXCLUDED.d0, d1 = s.d1 + EXCLUDED.d1, d2 = s.d2 + EXCLUDED.d2, d3 = s.d3 + EXCLUDED.d3, d4 = s.d4 + EXCLUDED.d4, d5 = s.d5 + EXCLUDED.d5, d6 = s.d6 + EXCLUDED.d6, d7 = s.d7 + EXCLUDED.d7, d8 = s.d8 + EXCLUDED.d8, d9 = s.d9 + EXCLUDED.d9, d10 = s.d10 + EXCLUDED.d10, d11 = s.d11 + EXCLUDED.d11, d12 = s.d12 + EXCLUDED.d12, d13 = s.d13 + EXCLUDED.d13, d14 = s.d14 + EXCLUDED.d14, d15 = s.d15 + EXCLUDED.d15;
        INSERT INTO counsellor_daily_contacts (helpline_id, counsellor_id, day, contacts)
          SELECT helpline_id, counsellor_id, day, count(*) FROM contact_summary_entry GROUP BY 1, 2, 3;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps, helpline_id) 
  SELECT c.id AS case_id, c.caller_role, c.concern,
         (min(g.changed_at) AT TIME ZONE h.time_zone)::date AS started_on,
         coalesce(bit_or(1 << supervision_guide_step(g.item_id)), 0) AS steps,
         c.helpline_id
    FROM case_file c JOIN helpline h ON h.id = c.helpline_id
    JOIN guide_progress_change g ON g.case_id = c.id AND g.to_state <> 'not_discussed'
   WHERE true
   GROUP BY c.id, h.time_zone;
        INSERT INTO appointment_summary_entry 
  SELECT a.id AS appointment_id, a.case_id, a.counsellor_id, a.starts_at, a.ends_at,
         (a.starts_at AT TIME ZONE h.time_zone)::date AS day, a.channel, c.caller_role, c.concern, a.status, c.helpline_id
    FROM appointment a JOIN case_file c ON c.id = a.case_id JOIN helpline h ON h.id = c.helpline_id
   WHERE true;
        WITH delta AS (SELECT x.*, 1 AS appointments FROM appointment_summary_entry x)
        INSERT INTO appointment_daily_summary AS s (day, helpline_id, channel, caller_role, concern, status, appointments)
    SELECT day, helpline_id, channel, caller_role, concern, status, sum(appointments)
      FROM delta GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(appointments) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day, helpline_id, channel, caller_role, concern, status) DO UPDATE
       SET appointments = s.appointments + EXCLUDED.appointments;
        ANALYZE contact_summary_entry;
        ANALYZE contact_daily_summary;
        ANALYZE contact_weekly_summary;
        ANALYZE counsellor_daily_contacts;
        ANALYZE case_guide_summary;
        ANALYZE appointment_summary_entry;
        ANALYZE appointment_daily_summary;
        ANALYZE safety_plan_review_due;
      END $function$;

CREATE OR REPLACE FUNCTION public.supervision_summaries_rebuild_helpline(p_helpline uuid)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      BEGIN
        PERFORM supervision_lock_helpline(p_helpline);
        DELETE FROM contact_summary_entry WHERE helpline_id = p_helpline;
        DELETE FROM contact_daily_summary WHERE helpline_id = p_helpline;
        DELETE FROM contact_weekly_summary WHERE helpline_id = p_helpline;
        DELETE FROM counsellor_daily_contacts WHERE helpline_id = p_helpline;
        DELETE FROM case_guide_summary WHERE helpline_id = p_helpline;
        DELETE FROM appointment_summary_entry WHERE helpline_id = p_helpline;
        DELETE FROM appointment_daily_summary WHERE helpline_id = p_helpline;
        INSERT INTO contact_summary_entry 
  SELECT k.id AS contact_id, k.case_id, k.counsellor_id,
         (e.started_at AT TIME ZONE h.time_zone)::date AS day,
         e.channel, c.caller_role, c.concern,
         row_number() OVER (PARTITION BY k.case_id ORDER BY e.started_at, k.id) = 1 AS is_new,
         width_bucket(extract(epoch FROM e.ended_at - e.started_at) / 60.0,
                      ARRAY[2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120]::float8[]) AS bucket,
         coalesce(w.steps, 0) <> 0 AS guide_work,
         coalesce(w.steps, 0) & ((1 << (coalesce(p.step, 0) + 2)) - (1 << coalesce(p.step, 1))) <> 0 AS on_suggested,
         c.helpline_id
    FROM contact k
    JOIN case_file c ON c.id = k.case_id
    JOIN helpline h ON h.id = c.helpline_id
    LEFT JOIN LATERAL (
      SELECT (array_agg(r.channel ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.channel IS NOT NULL))[1] AS channel,
             (array_agg(r.started_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.started_at IS NOT NULL))[1] AS started_at,
             (array_agg(r.ended_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.ended_at IS NOT NULL))[1] AS ended_at
        FROM contact_correction r WHERE r.contact_id = k.id
    ) r ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(r.channel, k.channel) AS channel,
             coalesce(r.started_at, k.started_at) AS started_at,
             coalesce(r.ended_at, k.ended_at) AS ended_at
    ) e
    LEFT JOIN LATERAL (
      SELECT bit_or(1 << supervision_guide_step(g.item_id)) AS steps
        FROM guide_progress_change g WHERE g.case_id = k.case_id AND g.contact_id = k.id
    ) w ON true
    LEFT JOIN LATERAL (
      SELECT max(supervision_guide_step(g.item_id)) AS step
        FROM guide_progress_change g
       WHERE g.case_id = k.case_id AND g.changed_at < e.started_at AND g.to_state <> 'not_discussed'
         AND g.contact_id IS DISTINCT FROM k.id
    ) p ON true
   WHERE k.status = 'final' AND c.helpline_id = p_helpline;
        WITH delta AS (SELECT x.*, 1 AS contacts, CASE WHEN x.is_new THEN 1 ELSE 0 END AS new_contacts, CASE WHEN x.guide_work THEN 1 ELSE 0 END AS guide_contacts, CASE WHEN x.on_suggested THEN 1 ELSE 0 END AS on_suggested_contacts, CASE WHEN x.bucket = 0 THEN 1 ELSE 0 END AS d0, CASE WHEN x.bucket = 1 THEN 1 ELSE 0 END AS d1, CASE WHEN x.bucket = 2 THEN 1 ELSE 0 END AS d2, CASE WHEN x.bucket = 3 THEN 1 ELSE 0 END AS d3, CASE WHEN x.bucket = 4 THEN 1 ELSE 0 END AS d4, CASE WHEN x.bucket = 5 THEN 1 ELSE 0 END AS d5, CASE WHEN x.bucket = 6 THEN 1 ELSE 0 END AS d6, CASE WHEN x.bucket = 7 THEN 1 ELSE 0 END AS d7, CASE WHEN x.bucket = 8 THEN 1 ELSE 0 END AS d8, CASE WHEN x.bucket = 9 THEN 1 ELSE 0 END AS d9, CASE WHEN x.bucket = 10 THEN 1 ELSE 0 END AS d10, CASE WHEN x.bucket = 11 THEN 1 ELSE 0 END AS d11, CASE WHEN x.bucket = 12 THEN 1 ELSE 0 END AS d12, CASE WHEN x.bucket = 13 THEN 1 ELSE 0 END AS d13, CASE WHEN x.bucket = 14 THEN 1 ELSE 0 END AS d14, CASE WHEN x.bucket = 15 THEN 1 ELSE 0 END AS d15 FROM contact_summary_entry x WHERE x.helpline_id = p_helpline)
        INSERT INTO contact_daily_summary AS s (day, helpline_id, channel, caller_role, concern, contacts, new_contacts, guide_contacts, on_suggested_contacts, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15)
    SELECT day, helpline_id, channel, caller_role, concern, sum(contacts), sum(new_contacts), sum(guide_contacts), sum(on_suggested_contacts), sum(d0), sum(d1), sum(d2), sum(d3), sum(d4), sum(d5), sum(d6), sum(d7), sum(d8), sum(d9), sum(d10), sum(d11), sum(d12), sum(d13), sum(d14), sum(d15)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(contacts) <> 0 OR sum(new_contacts) <> 0 OR sum(guide_contacts) <> 0 OR sum(on_suggested_contacts) <> 0 OR sum(d0) <> 0 OR sum(d1) <> 0 OR sum(d2) <> 0 OR sum(d3) <> 0 OR sum(d4) <> 0 OR sum(d5) <> 0 OR sum(d6) <> 0 OR sum(d7) <> 0 OR sum(d8) <> 0 OR sum(d9) <> 0 OR sum(d10) <> 0 OR sum(d11) <> 0 OR sum(d12) <> 0 OR sum(d13) <> 0 OR sum(d14) <> 0 OR sum(d15) <> 0
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, helpline_id, channel, caller_role, concern) DO UPDATE
       SET contacts = s.contacts + EXCLUDED.contacts, new_contacts = s.new_contacts + EXCLUDED.new_contacts, guide_contacts = s.guide_contacts + EXCLUDED.guide_contacts, on_suggested_contacts = s.on_suggested_contacts + EXCLUDED.on_suggested_contacts, d0 = s.d0 + EXCLUDED.d0, d1 = s.d1 + EXCLUDED.d1, d2 = s.d2 + EXCLUDED.d2, d3 = s.d3 + EXCLUDED.d3, d4 = s.d4 + EXCLUDED.d4, d5 = s.d5 + EXCLUDED.d5, d6 = s.d6 + EXCLUDED.d6, d7 = s.d7 + EXCLUDED.d7, d8 = s.d8 + EXCLUDED.d8, d9 = s.d9 + EXCLUDED.d9, d10 = s.d10 + EXCLUDED.d10, d11 = s.d11 + EXCLUDED.d11, d12 = s.d12 + EXCLUDED.d12, d13 = s.d13 + EXCLUDED.d13, d14 = s.d14 + EXCLUDED.d14, d15 = s.d15 + EXCLUDED.d15;
        WITH delta AS (SELECT x.*, 1 AS contacts, CASE WHEN x.is_new THEN 1 ELSE 0 END AS new_contacts, CASE WHEN x.guide_work THEN 1 ELSE 0 END AS guide_contacts, CASE WHEN x.on_suggested THEN 1 ELSE 0 END AS on_suggested_contacts, CASE WHEN x.bucket = 0 THEN 1 ELSE 0 END AS d0, CASE WHEN x.bucket = 1 THEN 1 ELSE 0 END AS d1, CASE WHEN x.bucket = 2 THEN 1 ELSE 0 END AS d2, CASE WHEN x.bucket = 3 THEN 1 ELSE 0 END AS d3, CASE WHEN x.bucket = 4 THEN 1 ELSE 0 END AS d4, CASE WHEN x.bucket = 5 THEN 1 ELSE 0 END AS d5, CASE WHEN x.bucket = 6 THEN 1 ELSE 0 END AS d6, CASE WHEN x.bucket = 7 THEN 1 ELSE 0 END AS d7, CASE WHEN x.bucket = 8 THEN 1 ELSE 0 END AS d8, CASE WHEN x.bucket = 9 THEN 1 ELSE 0 END AS d9, CASE WHEN x.bucket = 10 THEN 1 ELSE 0 END AS d10, CASE WHEN x.bucket = 11 THEN 1 ELSE 0 END AS d11, CASE WHEN x.bucket = 12 THEN 1 ELSE 0 END AS d12, CASE WHEN x.bucket = 13 THEN 1 ELSE 0 END AS d13, CASE WHEN x.bucket = 14 THEN 1 ELSE 0 END AS d14, CASE WHEN x.bucket = 15 THEN 1 ELSE 0 END AS d15 FROM contact_summary_entry x WHERE x.helpline_id = p_helpline)
        INSERT INTO contact_weekly_summary AS s (week, helpline_id, channel, caller_role, concern, contacts, new_contacts, guide_contacts, on_suggested_contacts, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15)
    SELECT date_trunc('week', day)::date, helpline_id, channel, caller_role, concern, sum(contacts), sum(new_contacts), sum(guide_contacts), sum(on_suggested_contacts), sum(d0), sum(d1), sum(d2), sum(d3), sum(d4), sum(d5), sum(d6), sum(d7), sum(d8), sum(d9), sum(d10), sum(d11), sum(d12), sum(d13), sum(d14), sum(d15)
      FROM delta GROUP BY 1, 2, 3, 4, 5
      HAVING sum(contacts) <> 0 OR sum(new_contacts) <> 0 OR sum(guide_contacts) <> 0 OR sum(on_suggested_contacts) <> 0 OR sum(d0) <> 0 OR sum(d1) <> 0 OR sum(d2) <> 0 OR sum(d3) <> 0 OR sum(d4) <> 0 OR sum(d5) <> 0 OR sum(d6) <> 0 OR sum(d7) <> 0 OR sum(d8) <> 0 OR sum(d9) <> 0 OR sum(d10) <> 0 OR sum(d11) <> 0 OR sum(d12) <> 0 OR sum(d13) <> 0 OR sum(d14) <> 0 OR sum(d15) <> 0
      ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (week, helpline_id, channel, caller_role, concern) DO UPDATE
       SET contacts = s.contacts + EXCLUDED.contacts, new_contacts = s.new_contacts + EXCLUDED.new_contacts, guide_contacts = s.guide_contacts + EXCLUDED.guide_contacts, on_suggested_contacts = s.on_suggested_contacts + EXCLUDED.on_suggested_contacts, d0 = s.d0 + EXCLUDED.d0, d1 = s.d1 + EXCLUDED.d1, d2 = s.d2 + EXCLUDED.d2, d3 = s.d3 + EXCLUDED.d3, d4 = s.d4 + EXCLUDED.d4, d5 = s.d5 + EXCLUDED.d5, d6 = s.d6 + EXCLUDED.d6, d7 = s.d7 + EXCLUDED.d7, d8 = s.d8 + EXCLUDED.d8, d9 = s.d9 + EXCLUDED.d9, d10 = s.d10 + EXCLUDED.d10, d11 = s.d11 + EXCLUDED.d11, d12 = s.d12 + EXCLUDED.d12, d13 = s.d13 + EXCLUDED.d13, d14 = s.d14 + EXCLUDED.d14, d15 = s.d15 + EXCLUDED.d15;
        INSERT INTO counsellor_daily_contacts (helpline_id, counsellor_id, day, contacts)
          SELECT helpline_id, counsellor_id, day, count(*) FROM contact_summary_entry WHERE helpline_id = p_helpline GROUP BY 1, 2, 3;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps, helpline_id) 
  SELECT c.id AS case_id, c.caller_role, c.concern,
         (min(g.changed_at) AT TIME ZONE h.time_zone)::date AS started_on,
         coalesce(bit_or(1 << supervision_guide_step(g.item_id)), 0) AS steps,
         c.helpline_id
    FROM case_file c JOIN helpline h ON h.id = c.helpline_id
    JOIN guide_progress_change g ON g.case_id = c.id AND g.to_state <> 'not_discussed'
   WHERE c.helpline_id = p_helpline
   GROUP BY c.id, h.time_zone;
        INSERT INTO appointment_summary_entry 
  SELECT a.id AS appointment_id, a.case_id, a.counsellor_id, a.starts_at, a.ends_at,
         (a.starts_at AT TIME ZONE h.time_zone)::date AS day, a.channel, c.caller_role, c.concern, a.status, c.helpline_id
    FROM appointment a JOIN case_file c ON c.id = a.case_id JOIN helpline h ON h.id = c.helpline_id
   WHERE c.helpline_id = p_helpline;
        WITH delta AS (SELECT x.*, 1 AS appointments FROM appointment_summary_entry x WHERE x.helpline_id = p_helpline)
        INSERT INTO appointment_daily_summary AS s (day, helpline_id, channel, caller_role, concern, status, appointments)
    SELECT day, helpline_id, channel, caller_role, concern, status, sum(appointments)
      FROM delta GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(appointments) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day, helpline_id, channel, caller_role, concern, status) DO UPDATE
       SET appointments = s.appointments + EXCLUDED.appointments;
      END $function$;
