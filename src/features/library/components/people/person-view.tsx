// /people/:key: one person of the collection, with what articles imported here say of them; and
// /people/mine/:key: someone named only in articles imported here.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/use-translation';
import { Link } from 'react-router';
import type { Article } from '@/article/schema';
import { withLocal } from '@/collection/people/local';
import { personQuery } from '../../api/collection-queries';
import { mineFilter, useLocalPeople } from '../../hooks/use-local-people';
import { LoadProblem } from '../load-problem';
import { PersonDetailView } from './person-detail';

export function PersonView({ personKey, local }: { personKey: string; local: Article[] }) {
  const { t } = useTranslation();
  const person = useQuery(personQuery(personKey));
  const localPeople = useLocalPeople(local);
  if (person.error)
    return (
      <>
        <LoadProblem error={person.error} what="person" />
        <p>
          <Link to="/people">{t('people.back')}</Link>
        </p>
      </>
    );
  if (!person.data) return <p aria-busy="true">{t('people.loading')}</p>;
  const extra = localPeople.people.filter((p) => p.joined === personKey).map((p) => p.detail);
  return <PersonDetailView person={withLocal(person.data, extra)} filter={personKey} />;
}

export function LocalPersonView({ personKey, local }: { personKey: string; local: Article[] }) {
  const { t } = useTranslation();
  const localPeople = useLocalPeople(local);
  const mine = localPeople.people.find((p) => !p.joined && p.detail.key === personKey);
  if (mine)
    return (
      <PersonDetailView person={withLocal(null, [mine.detail])} filter={mineFilter(personKey)} />
    );
  if (localPeople.pending) return <p aria-busy="true">{t('people.loading')}</p>;
  const joined = localPeople.people.find((p) => p.detail.key === personKey && p.joined);
  return (
    <div role="alert" className="notice">
      <p>{t('people.notLocal')}</p>
      <p>
        <Link to={joined ? joined.href : '/people'}>{t('people.back')}</Link>
      </p>
    </div>
  );
}
