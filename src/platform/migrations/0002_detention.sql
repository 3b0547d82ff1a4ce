-- Detention history (Injus): episodes, the institution stays inside them, and the timeline.
-- Projections of the event log: keyed by event-log ids, no foreign keys, no sequences
-- (see 0001), so `ketenzicht rebuild` can rebuild them beside the live ones.

CREATE TABLE detention_episodes (
  id                          bigint  PRIMARY KEY,
  skn                         text    NOT NULL,
  sector                      text    NOT NULL CHECK (sector IN ('GW', 'JJI', 'TBS')),
  admitted_on                 date    NOT NULL,
  title_kind                  text    NOT NULL,
  title_irrevocable           boolean NOT NULL,
  title_offences              jsonb   NOT NULL,
  title_sentence_days         integer,
  title_case_number           text,
  planned_end_date            date,
  institution                 text    NOT NULL,
  status                      text    NOT NULL CHECK (status IN ('detained', 'escaped', 'released')),
  release_scheduled_on        date,
  risk18b                     jsonb,
  conditional_termination_on  date,
  dr_plan_shared              boolean NOT NULL,
  released_on                 date,
  last_event_log_id           bigint  NOT NULL
);
COMMENT ON TABLE detention_episodes IS 'One row per detention episode, from admission to release; id is the admission''s event-log id.';
COMMENT ON COLUMN detention_episodes.institution IS 'Where the person is now, or was last when released.';
COMMENT ON COLUMN detention_episodes.status IS 'detained, escaped (until the next event of the episode) or released.';
CREATE INDEX detention_episodes_skn_idx ON detention_episodes (skn, admitted_on);
CREATE INDEX detention_episodes_open_idx ON detention_episodes (skn) WHERE status <> 'released';

CREATE TABLE detention_stays (
  id          bigint PRIMARY KEY,
  episode_id  bigint NOT NULL,
  skn         text   NOT NULL,
  institution text   NOT NULL,
  from_date   date   NOT NULL,
  until_date  date
);
COMMENT ON TABLE detention_stays IS 'Periods in one institution within an episode; id is the event-log id of the admission or transfer that began it.';
CREATE INDEX detention_stays_episode_idx ON detention_stays (episode_id, from_date);
CREATE INDEX detention_stays_skn_idx ON detention_stays (skn);

CREATE TABLE detention_timeline (
  id          bigint      PRIMARY KEY,
  episode_id  bigint      NOT NULL,
  skn         text        NOT NULL,
  type        text        NOT NULL,
  on_date     date        NOT NULL,
  occurred_at timestamptz NOT NULL,
  institution text        NOT NULL,
  details     jsonb       NOT NULL
);
COMMENT ON TABLE detention_timeline IS 'Every detention event of a person, for the person view; id is the event-log id.';
COMMENT ON COLUMN detention_timeline.on_date IS 'The date the entry is about: leave start, release date, otherwise the Dutch date of occurred_at.';
CREATE INDEX detention_timeline_skn_idx ON detention_timeline (skn, occurred_at, id);
