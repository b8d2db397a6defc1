import type { HomePageQuery } from '@/graphql/generated'
import { formatDate } from '@/lib/format'

type Props = { data: HomePageQuery }

/** The start page's content, rendered from the CMS's answer to the HomePage query. */
export function HomeView({ data }: Props) {
  const members = data.Members?.docs ?? []
  const partners = members.filter((member) => member.kind === 'publicAuthority')
  const news = data.News?.docs ?? []

  return (
    <>
      <section className="hero" aria-labelledby="seitentitel">
        <h1 id="seitentitel">{data.Site?.name ?? 'Die Impulsregion e.V.'}</h1>
        {data.Site?.claim && <p className="claim">{data.Site.claim}</p>}
      </section>

      <section aria-labelledby="partner">
        <h2 id="partner">Die vier Partner</h2>
        <ul className="partners">
          {partners.map((partner) => (
            <li key={partner.id}>{partner.shortName}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="aktuelles">
        <h2 id="aktuelles">Aktuelles</h2>
        {news.length === 0 ? (
          <p>Derzeit gibt es keine Meldungen.</p>
        ) : (
          <ul className="news">
            {news.map((item) => (
              <li key={item.id}>
                <article>
                  <h3>{item.title}</h3>
                  {item.publishedAt && <time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>}
                  {item.teaser && <p>{item.teaser}</p>}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mitglieder">
        <h2 id="mitglieder">Vereinsmitglieder</h2>
        <ul className="members">
          {members.map((member) => (
            <li key={member.id}>
              {member.website ? <a href={member.website}>{member.name}</a> : member.name}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
