/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Event_EventStatus =
  | 'cancelled'
  | 'planned'
  | 'postponed';

export type LocaleInputType =
  | 'de'
  | 'en';

export type Member_Kind =
  | 'association'
  | 'company'
  | 'publicAuthority';

export type NewsItem__Status_Input =
  | 'draft'
  | 'published';

export type NewsItem__Status_Operator = {
  all?: Array<NewsItem__Status_Input | null | undefined> | null | undefined;
  equals?: NewsItem__Status_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<NewsItem__Status_Input | null | undefined> | null | undefined;
  not_equals?: NewsItem__Status_Input | null | undefined;
  not_in?: Array<NewsItem__Status_Input | null | undefined> | null | undefined;
};

export type NewsItem_Attachments_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type NewsItem_Body_Operator = {
  contains?: unknown;
  equals?: unknown;
  exists?: boolean | null | undefined;
  like?: unknown;
  not_equals?: unknown;
};

export type NewsItem_CreatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type NewsItem_GenerateSlug_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type NewsItem_Id_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type NewsItem_Image_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type NewsItem_Meta__Description_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type NewsItem_Meta__Image_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type NewsItem_Meta__Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type NewsItem_PublishedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type NewsItem_RelatedMembers_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type NewsItem_RelatedProjects_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type NewsItem_Slug_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type NewsItem_Teaser_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type NewsItem_Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type NewsItem_UpdatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type NewsItem_Where = {
  AND?: Array<NewsItem_Where_And | null | undefined> | null | undefined;
  OR?: Array<NewsItem_Where_Or | null | undefined> | null | undefined;
  _status?: NewsItem__Status_Operator | null | undefined;
  attachments?: NewsItem_Attachments_Operator | null | undefined;
  body?: NewsItem_Body_Operator | null | undefined;
  createdAt?: NewsItem_CreatedAt_Operator | null | undefined;
  generateSlug?: NewsItem_GenerateSlug_Operator | null | undefined;
  id?: NewsItem_Id_Operator | null | undefined;
  image?: NewsItem_Image_Operator | null | undefined;
  meta__description?: NewsItem_Meta__Description_Operator | null | undefined;
  meta__image?: NewsItem_Meta__Image_Operator | null | undefined;
  meta__title?: NewsItem_Meta__Title_Operator | null | undefined;
  publishedAt?: NewsItem_PublishedAt_Operator | null | undefined;
  relatedMembers?: NewsItem_RelatedMembers_Operator | null | undefined;
  relatedProjects?: NewsItem_RelatedProjects_Operator | null | undefined;
  slug?: NewsItem_Slug_Operator | null | undefined;
  teaser?: NewsItem_Teaser_Operator | null | undefined;
  title?: NewsItem_Title_Operator | null | undefined;
  updatedAt?: NewsItem_UpdatedAt_Operator | null | undefined;
};

export type NewsItem_Where_And = {
  AND?: Array<NewsItem_Where_And | null | undefined> | null | undefined;
  OR?: Array<NewsItem_Where_Or | null | undefined> | null | undefined;
  _status?: NewsItem__Status_Operator | null | undefined;
  attachments?: NewsItem_Attachments_Operator | null | undefined;
  body?: NewsItem_Body_Operator | null | undefined;
  createdAt?: NewsItem_CreatedAt_Operator | null | undefined;
  generateSlug?: NewsItem_GenerateSlug_Operator | null | undefined;
  id?: NewsItem_Id_Operator | null | undefined;
  image?: NewsItem_Image_Operator | null | undefined;
  meta__description?: NewsItem_Meta__Description_Operator | null | undefined;
  meta__image?: NewsItem_Meta__Image_Operator | null | undefined;
  meta__title?: NewsItem_Meta__Title_Operator | null | undefined;
  publishedAt?: NewsItem_PublishedAt_Operator | null | undefined;
  relatedMembers?: NewsItem_RelatedMembers_Operator | null | undefined;
  relatedProjects?: NewsItem_RelatedProjects_Operator | null | undefined;
  slug?: NewsItem_Slug_Operator | null | undefined;
  teaser?: NewsItem_Teaser_Operator | null | undefined;
  title?: NewsItem_Title_Operator | null | undefined;
  updatedAt?: NewsItem_UpdatedAt_Operator | null | undefined;
};

export type NewsItem_Where_Or = {
  AND?: Array<NewsItem_Where_And | null | undefined> | null | undefined;
  OR?: Array<NewsItem_Where_Or | null | undefined> | null | undefined;
  _status?: NewsItem__Status_Operator | null | undefined;
  attachments?: NewsItem_Attachments_Operator | null | undefined;
  body?: NewsItem_Body_Operator | null | undefined;
  createdAt?: NewsItem_CreatedAt_Operator | null | undefined;
  generateSlug?: NewsItem_GenerateSlug_Operator | null | undefined;
  id?: NewsItem_Id_Operator | null | undefined;
  image?: NewsItem_Image_Operator | null | undefined;
  meta__description?: NewsItem_Meta__Description_Operator | null | undefined;
  meta__image?: NewsItem_Meta__Image_Operator | null | undefined;
  meta__title?: NewsItem_Meta__Title_Operator | null | undefined;
  publishedAt?: NewsItem_PublishedAt_Operator | null | undefined;
  relatedMembers?: NewsItem_RelatedMembers_Operator | null | undefined;
  relatedProjects?: NewsItem_RelatedProjects_Operator | null | undefined;
  slug?: NewsItem_Slug_Operator | null | undefined;
  teaser?: NewsItem_Teaser_Operator | null | undefined;
  title?: NewsItem_Title_Operator | null | undefined;
  updatedAt?: NewsItem_UpdatedAt_Operator | null | undefined;
};

export type Period_Precision =
  | 'day'
  | 'month'
  | 'year';

export type Project_ProjectStatus =
  | 'completed'
  | 'ongoing';

export type LatestNewsQueryVariables = Exact<{
  limit?: number | null | undefined;
  page?: number | null | undefined;
  locale?: LocaleInputType | null | undefined;
  where?: NewsItem_Where | null | undefined;
}>;


export type LatestNewsQuery = { News: { page: number, totalPages: number, totalDocs: number, hasNextPage: boolean, docs: Array<{ id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, credit: string | null, sizes: { thumbnail: { url: string | null, width: number | null, height: number | null } | null, card: { url: string | null, width: number | null, height: number | null } | null, desktop: { url: string | null, width: number | null, height: number | null } | null } | null } | null, attachments: Array<{ title: string | null, filename: string | null, mimeType: string | null, filesize: number | null, url: string | null }> | null, relatedMembers: Array<{ id: number, shortName: string }> | null }> } | null };

export type MembersQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type MembersQuery = { Members: { docs: Array<{ id: number, name: string, shortName: string, kind: Member_Kind, website: string | null, logo: { url: string | null, alt: string | null, width: number | null, height: number | null } | null }> } | null };

export type NewsArticleQueryVariables = Exact<{
  slug: string;
  locale?: LocaleInputType | null | undefined;
}>;


export type NewsArticleQuery = { News: { docs: Array<{ id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null, body: unknown, image: { url: string | null, alt: string | null, width: number | null, height: number | null, credit: string | null, sizes: { thumbnail: { url: string | null, width: number | null, height: number | null } | null, card: { url: string | null, width: number | null, height: number | null } | null, desktop: { url: string | null, width: number | null, height: number | null } | null } | null } | null, attachments: Array<{ title: string | null, filename: string | null, mimeType: string | null, filesize: number | null, url: string | null }> | null, relatedProjects: Array<{ id: number, title: string | null, slug: string | null }> | null, relatedMembers: Array<{ id: number, name: string, shortName: string }> | null }> } | null };

export type ProjectsOfMemberQueryVariables = Exact<{
  member: unknown;
  locale?: LocaleInputType | null | undefined;
  page?: number | null | undefined;
}>;


export type ProjectsOfMemberQuery = { Projects: { totalDocs: number, hasNextPage: boolean, docs: Array<{ id: number, title: string | null, slug: string | null, summary: string | null, projectStatus: Project_ProjectStatus | null, period: { from: string | null, to: string | null, precision: Period_Precision | null } | null, category: { title: string | null } | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, credit: string | null, sizes: { thumbnail: { url: string | null, width: number | null, height: number | null } | null, card: { url: string | null, width: number | null, height: number | null } | null, desktop: { url: string | null, width: number | null, height: number | null } | null } | null } | null }> } | null };

export type ThemeYearsWithProjectsQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type ThemeYearsWithProjectsQuery = { ThemeYears: { docs: Array<{ id: number, year: number | null, title: string | null, slug: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, credit: string | null, sizes: { thumbnail: { url: string | null, width: number | null, height: number | null } | null, card: { url: string | null, width: number | null, height: number | null } | null, desktop: { url: string | null, width: number | null, height: number | null } | null } | null } | null, projects: { docs: Array<{ id: number, title: string | null, slug: string | null, summary: string | null, projectStatus: Project_ProjectStatus | null }> } | null }> } | null };

export type UpcomingEventsQueryVariables = Exact<{
  from: string;
  city?: string | null | undefined;
  limit?: number | null | undefined;
  page?: number | null | undefined;
  locale?: LocaleInputType | null | undefined;
}>;


export type UpcomingEventsQuery = { Events: { page: number, totalPages: number, totalDocs: number, hasNextPage: boolean, docs: Array<{ id: number, title: string | null, slug: string | null, teaser: string | null, startsAt: string | null, endsAt: string | null, allDay: boolean | null, eventStatus: Event_EventStatus | null, onlineUrl: string | null, venue: { name: string | null, city: string | null } | null, registration: { url: string | null, deadline: string | null } | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, credit: string | null, sizes: { thumbnail: { url: string | null, width: number | null, height: number | null } | null, card: { url: string | null, width: number | null, height: number | null } | null, desktop: { url: string | null, width: number | null, height: number | null } | null } | null } | null }> } | null };

export type PartnerImageFragment = { url: string | null, alt: string | null, width: number | null, height: number | null, credit: string | null, sizes: { thumbnail: { url: string | null, width: number | null, height: number | null } | null, card: { url: string | null, width: number | null, height: number | null } | null, desktop: { url: string | null, width: number | null, height: number | null } | null } | null };

export type PartnerAttachmentFragment = { title: string | null, filename: string | null, mimeType: string | null, filesize: number | null, url: string | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PartnerImageFragmentDoc = new TypedDocumentString(`
    fragment PartnerImage on MediaItem {
  url
  alt
  width
  height
  credit
  sizes {
    thumbnail {
      url
      width
      height
    }
    card {
      url
      width
      height
    }
    desktop {
      url
      width
      height
    }
  }
}
    `, {"fragmentName":"PartnerImage"}) as unknown as TypedDocumentString<PartnerImageFragment, unknown>;
export const PartnerAttachmentFragmentDoc = new TypedDocumentString(`
    fragment PartnerAttachment on Document {
  title
  filename
  mimeType
  filesize
  url
}
    `, {"fragmentName":"PartnerAttachment"}) as unknown as TypedDocumentString<PartnerAttachmentFragment, unknown>;
export const LatestNewsDocument = new TypedDocumentString(`
    query LatestNews($limit: Int = 10, $page: Int = 1, $locale: LocaleInputType = de, $where: NewsItem_where) {
  News(
    select: true
    limit: $limit
    page: $page
    sort: "-publishedAt"
    locale: $locale
    where: $where
  ) {
    docs {
      id
      title
      slug
      publishedAt
      teaser
      image {
        ...PartnerImage
      }
      attachments {
        ...PartnerAttachment
      }
      relatedMembers {
        id
        shortName
      }
    }
    page
    totalPages
    totalDocs
    hasNextPage
  }
}
    fragment PartnerImage on MediaItem {
  url
  alt
  width
  height
  credit
  sizes {
    thumbnail {
      url
      width
      height
    }
    card {
      url
      width
      height
    }
    desktop {
      url
      width
      height
    }
  }
}
fragment PartnerAttachment on Document {
  title
  filename
  mimeType
  filesize
  url
}`) as unknown as TypedDocumentString<LatestNewsQuery, LatestNewsQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($locale: LocaleInputType = de) {
  Members(select: true, limit: 100, sort: "order", locale: $locale) {
    docs {
      id
      name
      shortName
      kind
      website
      logo {
        url
        alt
        width
        height
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const NewsArticleDocument = new TypedDocumentString(`
    query NewsArticle($slug: String!, $locale: LocaleInputType = de) {
  News(select: true, where: {slug: {equals: $slug}}, limit: 1, locale: $locale) {
    docs {
      id
      title
      slug
      publishedAt
      teaser
      body
      image {
        ...PartnerImage
      }
      attachments {
        ...PartnerAttachment
      }
      relatedProjects {
        id
        title
        slug
      }
      relatedMembers {
        id
        name
        shortName
      }
    }
  }
}
    fragment PartnerImage on MediaItem {
  url
  alt
  width
  height
  credit
  sizes {
    thumbnail {
      url
      width
      height
    }
    card {
      url
      width
      height
    }
    desktop {
      url
      width
      height
    }
  }
}
fragment PartnerAttachment on Document {
  title
  filename
  mimeType
  filesize
  url
}`) as unknown as TypedDocumentString<NewsArticleQuery, NewsArticleQueryVariables>;
export const ProjectsOfMemberDocument = new TypedDocumentString(`
    query ProjectsOfMember($member: JSON!, $locale: LocaleInputType = de, $page: Int = 1) {
  Projects(
    select: true
    where: {partners: {in: [$member]}}
    limit: 50
    page: $page
    sort: "title"
    locale: $locale
  ) {
    docs {
      id
      title
      slug
      summary
      projectStatus
      period {
        from
        to
        precision
      }
      category {
        title
      }
      image {
        ...PartnerImage
      }
    }
    totalDocs
    hasNextPage
  }
}
    fragment PartnerImage on MediaItem {
  url
  alt
  width
  height
  credit
  sizes {
    thumbnail {
      url
      width
      height
    }
    card {
      url
      width
      height
    }
    desktop {
      url
      width
      height
    }
  }
}`) as unknown as TypedDocumentString<ProjectsOfMemberQuery, ProjectsOfMemberQueryVariables>;
export const ThemeYearsWithProjectsDocument = new TypedDocumentString(`
    query ThemeYearsWithProjects($locale: LocaleInputType = de) {
  ThemeYears(select: true, limit: 50, sort: "-year", locale: $locale) {
    docs {
      id
      year
      title
      slug
      image {
        ...PartnerImage
      }
      projects(limit: 100, sort: "title") {
        docs {
          id
          title
          slug
          summary
          projectStatus
        }
      }
    }
  }
}
    fragment PartnerImage on MediaItem {
  url
  alt
  width
  height
  credit
  sizes {
    thumbnail {
      url
      width
      height
    }
    card {
      url
      width
      height
    }
    desktop {
      url
      width
      height
    }
  }
}`) as unknown as TypedDocumentString<ThemeYearsWithProjectsQuery, ThemeYearsWithProjectsQueryVariables>;
export const UpcomingEventsDocument = new TypedDocumentString(`
    query UpcomingEvents($from: DateTime!, $city: String, $limit: Int = 10, $page: Int = 1, $locale: LocaleInputType = de) {
  Events(
    select: true
    where: {startsAt: {greater_than_equal: $from}, venue__city: {equals: $city}}
    limit: $limit
    page: $page
    sort: "startsAt"
    locale: $locale
  ) {
    docs {
      id
      title
      slug
      teaser
      startsAt
      endsAt
      allDay
      eventStatus
      venue {
        name
        city
      }
      onlineUrl
      registration {
        url
        deadline
      }
      image {
        ...PartnerImage
      }
    }
    page
    totalPages
    totalDocs
    hasNextPage
  }
}
    fragment PartnerImage on MediaItem {
  url
  alt
  width
  height
  credit
  sizes {
    thumbnail {
      url
      width
      height
    }
    card {
      url
      width
      height
    }
    desktop {
      url
      width
      height
    }
  }
}`) as unknown as TypedDocumentString<UpcomingEventsQuery, UpcomingEventsQueryVariables>;