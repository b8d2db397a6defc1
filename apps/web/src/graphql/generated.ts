/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type LocaleInputType =
  | 'de'
  | 'en';

export type Member_Kind =
  | 'association'
  | 'company'
  | 'publicAuthority';

export type HomePageQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type HomePageQuery = { Site: { name: string, claim: string | null } | null, Members: { docs: Array<{ id: number, name: string, shortName: string, kind: Member_Kind, website: string | null }> } | null, News: { docs: Array<{ id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null }> } | null };

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

export const HomePageDocument = new TypedDocumentString(`
    query HomePage($locale: LocaleInputType) {
  Site(locale: $locale) {
    name
    claim
  }
  Members(limit: 50, sort: "order", locale: $locale) {
    docs {
      id
      name
      shortName
      kind
      website
    }
  }
  News(limit: 3, sort: "-publishedAt", locale: $locale) {
    docs {
      id
      title
      slug
      publishedAt
      teaser
    }
  }
}
    `) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;