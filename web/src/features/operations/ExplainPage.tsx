import {
  Alert,
  FormFieldSelect,
  FormFieldTextInput,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ApiError } from '../../lib/api.ts';
import { eventTypeLabel } from '../../lib/event-types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { boxLabel, exceptionLabel, statusLabel, typeLabel } from '../../lib/notices.ts';
import { useMunicipalities } from '../../reference/get-municipalities.ts';
import { type Explanation, useExplanation, useNoticeExplanation } from './api/get-explanation.ts';
import { asSentence, SummaryItem } from './components.tsx';
import { SOURCE_LABELS, SOURCES, type Source } from './labels.ts';
import { OperationsPage } from './OperationsNav.tsx';

const isSource = (value: string | null): value is Source => SOURCES.some((s) => s === value);

/** Who a notice went to, by name where the code is a municipality. */
function useRecipientName() {
  const municipalities = useMunicipalities(true);
  return (code: string) => {
    const m = municipalities.data?.find((x) => x.code === code);
    return m ? `Gemeente ${m.name} (${code})` : code;
  };
}

function Decisions({ explanation }: { explanation: Explanation }) {
  const recipientName = useRecipientName();
  const { notices, decisions } = explanation;
  if (notices.length === 0 && decisions.length === 0) {
    return (
      <Paragraph>
        Geen enkele regel reageerde op deze gebeurtenis: de regels maken geen berichten bij dit soort
        gebeurtenis, of de gebeurtenis herhaalde een feit dat al bekend was.
      </Paragraph>
    );
  }
  return (
    <ol className="kz-ops-decisions">
      {notices.map((n) => (
        <li key={`notice-${n.id}`} className="kz-ops-decision kz-ops-decision--notice">
          <Heading level={3} appearanceLevel={4}>
            Bericht gemaakt: {typeLabel(n.type)}
          </Heading>
          <dl className="rhc-data-summary rhc-data-summary--row kz-ops-summary">
            <SummaryItem label="Voor">{boxLabel(n.box)}</SummaryItem>
            <SummaryItem label="Ontvanger">
              {n.recipient
                ? recipientName(n.recipient)
                : `Geen: ${exceptionLabel(n.exception).toLowerCase()}, daarom in de wachtrij`}
            </SummaryItem>
            {n.exception && (
              <SummaryItem label="Waarom niet gerouteerd">
                {exceptionLabel(n.exception)}
                {n.exceptionText && <span className="kz-ops-sub">{asSentence(n.exceptionText)}</span>}
              </SummaryItem>
            )}
            {n.late && (
              <SummaryItem label="Te laat verzonden">
                Ja: het bericht ging uit na de datum die het aankondigt.
              </SummaryItem>
            )}
            {n.supersedes && (
              <SummaryItem label="Correctie">
                Op het bericht van gebeurtenis <code>{n.supersedes}</code>
              </SummaryItem>
            )}
            <SummaryItem label="Status nu">{statusLabel(n.status)}</SummaryItem>
            <SummaryItem label="Grondslag">{n.legalBasis}</SummaryItem>
            <SummaryItem label="Regelset">{n.ruleSet}</SummaryItem>
            <SummaryItem label="Berichtnummer">{n.id}</SummaryItem>
          </dl>
        </li>
      ))}
      {decisions.map((d) => (
        <li key={`decision-${d.box}-${d.reason}`} className="kz-ops-decision kz-ops-decision--none">
          <Heading level={3} appearanceLevel={4}>
            Geen bericht: {d.noticeType ? `${typeLabel(d.noticeType)} (${boxLabel(d.box)})` : boxLabel(d.box)}
          </Heading>
          <dl className="rhc-data-summary rhc-data-summary--row kz-ops-summary">
            <SummaryItem label="Reden">
              {/* Only a reason none of today's codes has words for is still stored in English alone. */}
              {d.text ? asSentence(d.text) : <span lang="en">{d.reason}</span>}
            </SummaryItem>
            <SummaryItem label="Regelset">{d.ruleSet}</SummaryItem>
          </dl>
        </li>
      ))}
    </ol>
  );
}

/** `lookup` counts the operator's searches: each one moves the focus to its result. */
function Result({ source, eventId, lookup }: { source: string; eventId: string; lookup: number }) {
  const explanation = useExplanation(source, eventId);
  return <Shown explanation={explanation} lookup={lookup} notFound={`bron ${source} en id ${eventId}`} />;
}

/** The explanation of the event a notice was made of: where the lists' links lead. */
function NoticeResult({ noticeId }: { noticeId: number }) {
  const explanation = useNoticeExplanation(noticeId);
  return <Shown explanation={explanation} lookup={0} notFound={`bericht ${noticeId}`} />;
}

function Shown({
  explanation,
  lookup,
  notFound,
}: {
  explanation: ReturnType<typeof useExplanation>;
  lookup: number;
  notFound: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const data = explanation.data;
  useEffect(() => {
    if (lookup > 0 && data) heading.current?.focus();
  }, [lookup, data]);

  if (explanation.isPending) return <Loading text="De uitleg wordt opgezocht…" />;
  if (explanation.isError) {
    if (
      explanation.error instanceof ApiError &&
      (explanation.error.code === 'EVENT_NOT_FOUND' || explanation.error.code === 'NOTICE_NOT_FOUND')
    )
      return (
        <Alert type="warning" role="alert">
          <Paragraph>Er is geen gebeurtenis gevonden bij {notFound}. Controleer wat u zocht.</Paragraph>
        </Alert>
      );
    return <ErrorAlert error={explanation.error} heading="De uitleg kon niet worden opgehaald." />;
  }
  const { event } = explanation.data;
  return (
    <>
      <section className="kz-section" aria-labelledby="kz-ops-event">
        <Heading level={2} id="kz-ops-event" ref={heading} tabIndex={-1} className="kz-page-title">
          Gebeurtenis {event.eventId} van {event.source}
        </Heading>
        <dl className="rhc-data-summary rhc-data-summary--row kz-ops-summary">
          <SummaryItem label="Soort gebeurtenis">{eventTypeLabel(event.type)}</SummaryItem>
          <SummaryItem label="SKN">{event.skn}</SummaryItem>
          <SummaryItem label="Plaatsgevonden">{formatDateTime(event.occurredAt)}</SummaryItem>
          <SummaryItem label="Ontvangen">{formatDateTime(event.receivedAt)}</SummaryItem>
        </dl>
      </section>
      <section className="kz-section" aria-labelledby="kz-ops-decisions">
        <Heading level={2} id="kz-ops-decisions">
          Besluiten van de regels
        </Heading>
        <Paragraph>
          Elke regel die op de gebeurtenis reageerde: het bericht dat hij maakte, of waarom hij geen bericht
          maakte.
        </Paragraph>
        <Decisions explanation={explanation.data} />
      </section>
    </>
  );
}

/**
 * The explanation of one event: which notices the rules made of it and why
 * the others made none. The source and event id sit in the URL (?bron=&id=):
 * they are no personal data, and a link to an explanation can be shared.
 */
export function ExplainPage() {
  const [params, setParams] = useSearchParams();
  const paramSource = params.get('bron');
  const source = isSource(paramSource) ? paramSource : '';
  const eventId = (params.get('id') ?? '').trim();
  const melding = /^[0-9]{1,15}$/.test(params.get('melding') ?? '') ? Number(params.get('melding')) : null;
  const [sourceValue, setSourceValue] = useState<string>(source || 'TULP-GW');
  const [idValue, setIdValue] = useState(eventId);
  const [errors, setErrors] = useState<{ source?: string; eventId?: string }>({});
  const [lookup, setLookup] = useState(0);
  const idRef = useRef<HTMLInputElement>(null);

  // The fields follow the URL when it changes (back and forward).
  useEffect(() => {
    if (source) setSourceValue(source);
    setIdValue(eventId);
  }, [source, eventId]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const id = idValue.trim();
    if (!id || id.length > 100) {
      setErrors({
        eventId: id
          ? 'Een gebeurtenis-id is hoogstens 100 tekens lang.'
          : 'Vul het id van de gebeurtenis in, zoals de bron het aanleverde.',
      });
      requestAnimationFrame(() => idRef.current?.focus());
      return;
    }
    setErrors({});
    setLookup((n) => n + 1);
    setParams({ bron: sourceValue, id });
  };

  return (
    <OperationsPage
      title="Uitleg van besluiten"
      lead={
        <Paragraph>
          Zoek een gebeurtenis op met de bron en het id waarmee de bron haar aanleverde. U ziet welke
          berichten de regels ervan maakten en waarom andere regels geen bericht maakten. Het opvragen wordt
          vastgelegd in het logboek dataverwerkingen.
        </Paragraph>
      }
    >
      <form
        className="kz-form kz-form--inline kz-ops-inline-form"
        onSubmit={submit}
        noValidate
        aria-label="Gebeurtenis opzoeken"
      >
        <FormFieldSelect
          label="Bron"
          name="bron"
          value={sourceValue}
          onChange={(e) => setSourceValue(e.currentTarget.value)}
          required
        >
          {SOURCES.map((s) => (
            <SelectOption key={s} value={s}>
              {SOURCE_LABELS[s]}
            </SelectOption>
          ))}
        </FormFieldSelect>
        <FormFieldTextInput
          label="Gebeurtenis-id"
          name="id"
          value={idValue}
          onChange={(e) => setIdValue((e.target as HTMLInputElement).value)}
          invalid={errors.eventId !== undefined}
          errorMessage={errors.eventId}
          inputRef={idRef}
          autoComplete="off"
          required
        />
        <PrimaryActionButton type="submit">Uitleg tonen</PrimaryActionButton>
      </form>
      {source && eventId ? (
        <Result source={source} eventId={eventId} lookup={lookup} />
      ) : melding !== null ? (
        <NoticeResult noticeId={melding} />
      ) : (
        <Paragraph className="kz-ops-muted">
          Vul een bron en een gebeurtenis-id in om de uitleg te zien.
        </Paragraph>
      )}
    </OperationsPage>
  );
}
