/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BoardListBlock_Show =
  | 'both'
  | 'current'
  | 'pastChairs';

export type BoardRole_Function =
  | 'chair'
  | 'deputyChair'
  | 'member';

export type CallToActionBlock_LinkType =
  | 'page'
  | 'url';

export type Event__Status_Input =
  | 'draft'
  | 'published';

export type Event__Status_Operator = {
  all?: Array<Event__Status_Input | null | undefined> | null | undefined;
  equals?: Event__Status_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<Event__Status_Input | null | undefined> | null | undefined;
  not_equals?: Event__Status_Input | null | undefined;
  not_in?: Array<Event__Status_Input | null | undefined> | null | undefined;
};

export type Event_Accessibility_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Event_AllDay_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type Event_Body_Operator = {
  contains?: unknown;
  equals?: unknown;
  exists?: boolean | null | undefined;
  like?: unknown;
  not_equals?: unknown;
};

export type Event_Category_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Event_CreatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Event_EndsAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Event_EndsAt_Tz_Input =
  | 'Europe_Berlin';

export type Event_EndsAt_Tz_Operator = {
  all?: Array<Event_EndsAt_Tz_Input | null | undefined> | null | undefined;
  equals?: Event_EndsAt_Tz_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<Event_EndsAt_Tz_Input | null | undefined> | null | undefined;
  not_equals?: Event_EndsAt_Tz_Input | null | undefined;
  not_in?: Array<Event_EndsAt_Tz_Input | null | undefined> | null | undefined;
};

export type Event_EventStatus =
  | 'cancelled'
  | 'planned'
  | 'postponed';

export type Event_EventStatus_Input =
  | 'cancelled'
  | 'planned'
  | 'postponed';

export type Event_EventStatus_Operator = {
  all?: Array<Event_EventStatus_Input | null | undefined> | null | undefined;
  equals?: Event_EventStatus_Input | null | undefined;
  in?: Array<Event_EventStatus_Input | null | undefined> | null | undefined;
  not_equals?: Event_EventStatus_Input | null | undefined;
  not_in?: Array<Event_EventStatus_Input | null | undefined> | null | undefined;
};

export type Event_GenerateSlug_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type Event_Id_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Event_Image_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Event_IsFree_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type Event_OnlineUrl_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_Organiser_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Event_Partners_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Event_Price_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_Project_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Event_Registration__Deadline_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Event_Registration__Deadline_Tz_Input =
  | 'Europe_Berlin';

export type Event_Registration__Deadline_Tz_Operator = {
  all?: Array<Event_Registration__Deadline_Tz_Input | null | undefined> | null | undefined;
  equals?: Event_Registration__Deadline_Tz_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<Event_Registration__Deadline_Tz_Input | null | undefined> | null | undefined;
  not_equals?: Event_Registration__Deadline_Tz_Input | null | undefined;
  not_in?: Array<Event_Registration__Deadline_Tz_Input | null | undefined> | null | undefined;
};

export type Event_Registration__Url_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_Slug_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_StartsAt_Operator = {
  equals?: string | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Event_StartsAt_Tz_Input =
  | 'Europe_Berlin';

export type Event_StartsAt_Tz_Operator = {
  all?: Array<Event_StartsAt_Tz_Input | null | undefined> | null | undefined;
  equals?: Event_StartsAt_Tz_Input | null | undefined;
  in?: Array<Event_StartsAt_Tz_Input | null | undefined> | null | undefined;
  not_equals?: Event_StartsAt_Tz_Input | null | undefined;
  not_in?: Array<Event_StartsAt_Tz_Input | null | undefined> | null | undefined;
};

export type Event_Teaser_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Event_ThemeYear_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Event_Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_UpdatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Event_Venue__Address_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_Venue__City_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_Venue__Name_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_Venue__PostalCode_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Event_Where = {
  AND?: Array<Event_Where_And | null | undefined> | null | undefined;
  OR?: Array<Event_Where_Or | null | undefined> | null | undefined;
  _status?: Event__Status_Operator | null | undefined;
  accessibility?: Event_Accessibility_Operator | null | undefined;
  allDay?: Event_AllDay_Operator | null | undefined;
  body?: Event_Body_Operator | null | undefined;
  category?: Event_Category_Operator | null | undefined;
  createdAt?: Event_CreatedAt_Operator | null | undefined;
  endsAt?: Event_EndsAt_Operator | null | undefined;
  endsAt_tz?: Event_EndsAt_Tz_Operator | null | undefined;
  eventStatus?: Event_EventStatus_Operator | null | undefined;
  generateSlug?: Event_GenerateSlug_Operator | null | undefined;
  id?: Event_Id_Operator | null | undefined;
  image?: Event_Image_Operator | null | undefined;
  isFree?: Event_IsFree_Operator | null | undefined;
  onlineUrl?: Event_OnlineUrl_Operator | null | undefined;
  organiser?: Event_Organiser_Operator | null | undefined;
  partners?: Event_Partners_Operator | null | undefined;
  price?: Event_Price_Operator | null | undefined;
  project?: Event_Project_Operator | null | undefined;
  registration__deadline?: Event_Registration__Deadline_Operator | null | undefined;
  registration__deadline_tz?: Event_Registration__Deadline_Tz_Operator | null | undefined;
  registration__url?: Event_Registration__Url_Operator | null | undefined;
  slug?: Event_Slug_Operator | null | undefined;
  startsAt?: Event_StartsAt_Operator | null | undefined;
  startsAt_tz?: Event_StartsAt_Tz_Operator | null | undefined;
  teaser?: Event_Teaser_Operator | null | undefined;
  themeYear?: Event_ThemeYear_Operator | null | undefined;
  title?: Event_Title_Operator | null | undefined;
  updatedAt?: Event_UpdatedAt_Operator | null | undefined;
  venue__address?: Event_Venue__Address_Operator | null | undefined;
  venue__city?: Event_Venue__City_Operator | null | undefined;
  venue__name?: Event_Venue__Name_Operator | null | undefined;
  venue__postalCode?: Event_Venue__PostalCode_Operator | null | undefined;
};

export type Event_Where_And = {
  AND?: Array<Event_Where_And | null | undefined> | null | undefined;
  OR?: Array<Event_Where_Or | null | undefined> | null | undefined;
  _status?: Event__Status_Operator | null | undefined;
  accessibility?: Event_Accessibility_Operator | null | undefined;
  allDay?: Event_AllDay_Operator | null | undefined;
  body?: Event_Body_Operator | null | undefined;
  category?: Event_Category_Operator | null | undefined;
  createdAt?: Event_CreatedAt_Operator | null | undefined;
  endsAt?: Event_EndsAt_Operator | null | undefined;
  endsAt_tz?: Event_EndsAt_Tz_Operator | null | undefined;
  eventStatus?: Event_EventStatus_Operator | null | undefined;
  generateSlug?: Event_GenerateSlug_Operator | null | undefined;
  id?: Event_Id_Operator | null | undefined;
  image?: Event_Image_Operator | null | undefined;
  isFree?: Event_IsFree_Operator | null | undefined;
  onlineUrl?: Event_OnlineUrl_Operator | null | undefined;
  organiser?: Event_Organiser_Operator | null | undefined;
  partners?: Event_Partners_Operator | null | undefined;
  price?: Event_Price_Operator | null | undefined;
  project?: Event_Project_Operator | null | undefined;
  registration__deadline?: Event_Registration__Deadline_Operator | null | undefined;
  registration__deadline_tz?: Event_Registration__Deadline_Tz_Operator | null | undefined;
  registration__url?: Event_Registration__Url_Operator | null | undefined;
  slug?: Event_Slug_Operator | null | undefined;
  startsAt?: Event_StartsAt_Operator | null | undefined;
  startsAt_tz?: Event_StartsAt_Tz_Operator | null | undefined;
  teaser?: Event_Teaser_Operator | null | undefined;
  themeYear?: Event_ThemeYear_Operator | null | undefined;
  title?: Event_Title_Operator | null | undefined;
  updatedAt?: Event_UpdatedAt_Operator | null | undefined;
  venue__address?: Event_Venue__Address_Operator | null | undefined;
  venue__city?: Event_Venue__City_Operator | null | undefined;
  venue__name?: Event_Venue__Name_Operator | null | undefined;
  venue__postalCode?: Event_Venue__PostalCode_Operator | null | undefined;
};

export type Event_Where_Or = {
  AND?: Array<Event_Where_And | null | undefined> | null | undefined;
  OR?: Array<Event_Where_Or | null | undefined> | null | undefined;
  _status?: Event__Status_Operator | null | undefined;
  accessibility?: Event_Accessibility_Operator | null | undefined;
  allDay?: Event_AllDay_Operator | null | undefined;
  body?: Event_Body_Operator | null | undefined;
  category?: Event_Category_Operator | null | undefined;
  createdAt?: Event_CreatedAt_Operator | null | undefined;
  endsAt?: Event_EndsAt_Operator | null | undefined;
  endsAt_tz?: Event_EndsAt_Tz_Operator | null | undefined;
  eventStatus?: Event_EventStatus_Operator | null | undefined;
  generateSlug?: Event_GenerateSlug_Operator | null | undefined;
  id?: Event_Id_Operator | null | undefined;
  image?: Event_Image_Operator | null | undefined;
  isFree?: Event_IsFree_Operator | null | undefined;
  onlineUrl?: Event_OnlineUrl_Operator | null | undefined;
  organiser?: Event_Organiser_Operator | null | undefined;
  partners?: Event_Partners_Operator | null | undefined;
  price?: Event_Price_Operator | null | undefined;
  project?: Event_Project_Operator | null | undefined;
  registration__deadline?: Event_Registration__Deadline_Operator | null | undefined;
  registration__deadline_tz?: Event_Registration__Deadline_Tz_Operator | null | undefined;
  registration__url?: Event_Registration__Url_Operator | null | undefined;
  slug?: Event_Slug_Operator | null | undefined;
  startsAt?: Event_StartsAt_Operator | null | undefined;
  startsAt_tz?: Event_StartsAt_Tz_Operator | null | undefined;
  teaser?: Event_Teaser_Operator | null | undefined;
  themeYear?: Event_ThemeYear_Operator | null | undefined;
  title?: Event_Title_Operator | null | undefined;
  updatedAt?: Event_UpdatedAt_Operator | null | undefined;
  venue__address?: Event_Venue__Address_Operator | null | undefined;
  venue__city?: Event_Venue__City_Operator | null | undefined;
  venue__name?: Event_Venue__Name_Operator | null | undefined;
  venue__postalCode?: Event_Venue__PostalCode_Operator | null | undefined;
};

export type LocaleInputType =
  | 'de'
  | 'en';

export type MemberGridBlock_Kinds =
  | 'association'
  | 'company'
  | 'publicAuthority';

export type Member_Kind =
  | 'association'
  | 'company'
  | 'publicAuthority';

export type Milestone_Precision =
  | 'day'
  | 'month'
  | 'year';

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

export type ProjectCategory_Icon =
  | 'culture'
  | 'economy'
  | 'mobility'
  | 'region'
  | 'science'
  | 'sport'
  | 'tourism';

export type Project__Status_Input =
  | 'draft'
  | 'published';

export type Project__Status_Operator = {
  all?: Array<Project__Status_Input | null | undefined> | null | undefined;
  equals?: Project__Status_Input | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<Project__Status_Input | null | undefined> | null | undefined;
  not_equals?: Project__Status_Input | null | undefined;
  not_in?: Array<Project__Status_Input | null | undefined> | null | undefined;
};

export type Project_Attachments_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Project_Body_Operator = {
  contains?: unknown;
  equals?: unknown;
  exists?: boolean | null | undefined;
  like?: unknown;
  not_equals?: unknown;
};

export type Project_Category_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Project_CreatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Project_GenerateSlug_Operator = {
  equals?: boolean | null | undefined;
  exists?: boolean | null | undefined;
  not_equals?: boolean | null | undefined;
};

export type Project_Id_Operator = {
  equals?: number | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: number | null | undefined;
  greater_than_equal?: number | null | undefined;
  less_than?: number | null | undefined;
  less_than_equal?: number | null | undefined;
  not_equals?: number | null | undefined;
};

export type Project_Image_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Project_Links__Id_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Project_Links__Label_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Project_Links__Url_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Project_Meta__Description_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Project_Meta__Image_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Project_Meta__Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Project_Partners_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Project_Period__From_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Project_Period__Precision_Input =
  | 'day'
  | 'month'
  | 'year';

export type Project_Period__Precision_Operator = {
  all?: Array<Project_Period__Precision_Input | null | undefined> | null | undefined;
  equals?: Project_Period__Precision_Input | null | undefined;
  in?: Array<Project_Period__Precision_Input | null | undefined> | null | undefined;
  not_equals?: Project_Period__Precision_Input | null | undefined;
  not_in?: Array<Project_Period__Precision_Input | null | undefined> | null | undefined;
};

export type Project_Period__To_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Project_ProjectStatus =
  | 'completed'
  | 'ongoing';

export type Project_ProjectStatus_Input =
  | 'completed'
  | 'ongoing';

export type Project_ProjectStatus_Operator = {
  all?: Array<Project_ProjectStatus_Input | null | undefined> | null | undefined;
  equals?: Project_ProjectStatus_Input | null | undefined;
  in?: Array<Project_ProjectStatus_Input | null | undefined> | null | undefined;
  not_equals?: Project_ProjectStatus_Input | null | undefined;
  not_in?: Array<Project_ProjectStatus_Input | null | undefined> | null | undefined;
};

export type Project_Slug_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Project_Summary_Operator = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Project_ThemeYear_Operator = {
  all?: Array<unknown> | null | undefined;
  equals?: unknown;
  exists?: boolean | null | undefined;
  in?: Array<unknown> | null | undefined;
  not_equals?: unknown;
  not_in?: Array<unknown> | null | undefined;
};

export type Project_Title_Operator = {
  all?: Array<string | null | undefined> | null | undefined;
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string | null | undefined> | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
  not_in?: Array<string | null | undefined> | null | undefined;
};

export type Project_UpdatedAt_Operator = {
  equals?: string | null | undefined;
  exists?: boolean | null | undefined;
  greater_than?: string | null | undefined;
  greater_than_equal?: string | null | undefined;
  less_than?: string | null | undefined;
  less_than_equal?: string | null | undefined;
  like?: string | null | undefined;
  not_equals?: string | null | undefined;
};

export type Project_Where = {
  AND?: Array<Project_Where_And | null | undefined> | null | undefined;
  OR?: Array<Project_Where_Or | null | undefined> | null | undefined;
  _status?: Project__Status_Operator | null | undefined;
  attachments?: Project_Attachments_Operator | null | undefined;
  body?: Project_Body_Operator | null | undefined;
  category?: Project_Category_Operator | null | undefined;
  createdAt?: Project_CreatedAt_Operator | null | undefined;
  generateSlug?: Project_GenerateSlug_Operator | null | undefined;
  id?: Project_Id_Operator | null | undefined;
  image?: Project_Image_Operator | null | undefined;
  links__id?: Project_Links__Id_Operator | null | undefined;
  links__label?: Project_Links__Label_Operator | null | undefined;
  links__url?: Project_Links__Url_Operator | null | undefined;
  meta__description?: Project_Meta__Description_Operator | null | undefined;
  meta__image?: Project_Meta__Image_Operator | null | undefined;
  meta__title?: Project_Meta__Title_Operator | null | undefined;
  partners?: Project_Partners_Operator | null | undefined;
  period__from?: Project_Period__From_Operator | null | undefined;
  period__precision?: Project_Period__Precision_Operator | null | undefined;
  period__to?: Project_Period__To_Operator | null | undefined;
  projectStatus?: Project_ProjectStatus_Operator | null | undefined;
  slug?: Project_Slug_Operator | null | undefined;
  summary?: Project_Summary_Operator | null | undefined;
  themeYear?: Project_ThemeYear_Operator | null | undefined;
  title?: Project_Title_Operator | null | undefined;
  updatedAt?: Project_UpdatedAt_Operator | null | undefined;
};

export type Project_Where_And = {
  AND?: Array<Project_Where_And | null | undefined> | null | undefined;
  OR?: Array<Project_Where_Or | null | undefined> | null | undefined;
  _status?: Project__Status_Operator | null | undefined;
  attachments?: Project_Attachments_Operator | null | undefined;
  body?: Project_Body_Operator | null | undefined;
  category?: Project_Category_Operator | null | undefined;
  createdAt?: Project_CreatedAt_Operator | null | undefined;
  generateSlug?: Project_GenerateSlug_Operator | null | undefined;
  id?: Project_Id_Operator | null | undefined;
  image?: Project_Image_Operator | null | undefined;
  links__id?: Project_Links__Id_Operator | null | undefined;
  links__label?: Project_Links__Label_Operator | null | undefined;
  links__url?: Project_Links__Url_Operator | null | undefined;
  meta__description?: Project_Meta__Description_Operator | null | undefined;
  meta__image?: Project_Meta__Image_Operator | null | undefined;
  meta__title?: Project_Meta__Title_Operator | null | undefined;
  partners?: Project_Partners_Operator | null | undefined;
  period__from?: Project_Period__From_Operator | null | undefined;
  period__precision?: Project_Period__Precision_Operator | null | undefined;
  period__to?: Project_Period__To_Operator | null | undefined;
  projectStatus?: Project_ProjectStatus_Operator | null | undefined;
  slug?: Project_Slug_Operator | null | undefined;
  summary?: Project_Summary_Operator | null | undefined;
  themeYear?: Project_ThemeYear_Operator | null | undefined;
  title?: Project_Title_Operator | null | undefined;
  updatedAt?: Project_UpdatedAt_Operator | null | undefined;
};

export type Project_Where_Or = {
  AND?: Array<Project_Where_And | null | undefined> | null | undefined;
  OR?: Array<Project_Where_Or | null | undefined> | null | undefined;
  _status?: Project__Status_Operator | null | undefined;
  attachments?: Project_Attachments_Operator | null | undefined;
  body?: Project_Body_Operator | null | undefined;
  category?: Project_Category_Operator | null | undefined;
  createdAt?: Project_CreatedAt_Operator | null | undefined;
  generateSlug?: Project_GenerateSlug_Operator | null | undefined;
  id?: Project_Id_Operator | null | undefined;
  image?: Project_Image_Operator | null | undefined;
  links__id?: Project_Links__Id_Operator | null | undefined;
  links__label?: Project_Links__Label_Operator | null | undefined;
  links__url?: Project_Links__Url_Operator | null | undefined;
  meta__description?: Project_Meta__Description_Operator | null | undefined;
  meta__image?: Project_Meta__Image_Operator | null | undefined;
  meta__title?: Project_Meta__Title_Operator | null | undefined;
  partners?: Project_Partners_Operator | null | undefined;
  period__from?: Project_Period__From_Operator | null | undefined;
  period__precision?: Project_Period__Precision_Operator | null | undefined;
  period__to?: Project_Period__To_Operator | null | undefined;
  projectStatus?: Project_ProjectStatus_Operator | null | undefined;
  slug?: Project_Slug_Operator | null | undefined;
  summary?: Project_Summary_Operator | null | undefined;
  themeYear?: Project_ThemeYear_Operator | null | undefined;
  title?: Project_Title_Operator | null | undefined;
  updatedAt?: Project_UpdatedAt_Operator | null | undefined;
};

export type Redirect_To_Reference_RelationTo =
  | 'news'
  | 'pages'
  | 'projects'
  | 'theme_years';

export type Redirect_To_Type =
  | 'custom'
  | 'reference';

export type Redirect_Type =
  | '_301'
  | '_302';

export type SearchKind =
  | 'news'
  | 'page'
  | 'project'
  | 'themeYear';

export type SearchLocale =
  | 'de'
  | 'en';

export type EmbedNewsQueryVariables = Exact<{
  limit: number;
  locale?: LocaleInputType | null | undefined;
  where?: NewsItem_Where | null | undefined;
}>;


export type EmbedNewsQuery = { News: { docs: Array<{ id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null }> } | null };

export type EmbedMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type EmbedMembersQuery = { Members: { docs: Array<{ id: number, shortName: string }> } | null };

export type EventsCalendarQueryVariables = Exact<{
  where?: Event_Where | null | undefined;
  locale?: LocaleInputType | null | undefined;
}>;


export type EventsCalendarQuery = { Site: { name: string } | null, Events: { docs: Array<{ id: number, slug: string | null, title: string | null, teaser: string | null, startsAt: string | null, endsAt: string | null, allDay: boolean | null, eventStatus: Event_EventStatus | null, onlineUrl: string | null, updatedAt: string | null, venue: { name: string | null, address: string | null, postalCode: string | null, city: string | null } | null }> } | null };

export type HomePageQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type HomePageQuery = { Site: { name: string, claim: string | null } | null, Members: { totalDocs: number, docs: Array<{ id: number, name: string, shortName: string, kind: Member_Kind, website: string | null, location: { latitude: number | null, longitude: number | null, district: boolean | null } | null }> } | null, News: { docs: Array<{ id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null }> } | null, Projects: { docs: Array<{ id: number, title: string | null, slug: string | null, summary: string | null, projectStatus: Project_ProjectStatus | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, category: { title: string | null, slug: string, icon: ProjectCategory_Icon } | null }> } | null, AllProjects: { totalDocs: number } | null, ThemeYears: { totalDocs: number, docs: Array<{ id: number, title: string | null, slug: string | null, year: number | null, projects: { totalDocs: number | null } | null }> } | null, FirstThemeYear: { docs: Array<{ year: number | null }> } | null };

export type LayoutQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type LayoutQuery = { Site: { claim: string | null, name: string, logo: { url: string | null, width: number | null, height: number | null } | null, office: { street: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null } | null, Navigation: { header: Array<{ id: string | null, label: string | null, path: string | null, page: { slug: string | null } | null }> | null, footer: Array<{ id: string | null, label: string | null, path: string | null, page: { slug: string | null } | null }> | null } | null };

export type NewsDetailQueryVariables = Exact<{
  slug: string;
  locale?: LocaleInputType | null | undefined;
  draft?: boolean | null | undefined;
}>;


export type NewsDetailQuery = { News: { docs: Array<{ updatedAt: string | null, body: unknown, id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, attachments: Array<{ id: number, title: string | null, filename: string | null, filesize: number | null, url: string | null }> | null, relatedProjects: Array<{ id: number, title: string | null, slug: string | null }> | null, relatedMembers: Array<{ id: number, name: string, website: string | null }> | null, meta: { title: string | null, description: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null } | null }> } | null };

export type NewsNeighboursQueryVariables = Exact<{
  publishedAt: string;
  locale?: LocaleInputType | null | undefined;
}>;


export type NewsNeighboursQuery = { older: { docs: Array<{ title: string | null, slug: string | null }> } | null, newer: { docs: Array<{ title: string | null, slug: string | null }> } | null };

export type NewsListQueryVariables = Exact<{
  page: number;
  locale?: LocaleInputType | null | undefined;
}>;


export type NewsListQuery = { News: { page: number, totalPages: number, totalDocs: number, docs: Array<{ id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null }> } | null };

export type OfficeSiteFragment = { name: string, office: { street: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null };

export type PageBySlugQueryVariables = Exact<{
  slug: string;
  related?: Array<string | null | undefined> | string | null | undefined;
  locale?: LocaleInputType | null | undefined;
  draft?: boolean | null | undefined;
}>;


export type PageBySlugQuery = { Pages: { docs: Array<{ id: number, title: string | null, intro: string | null, meta: { title: string | null, description: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null } | null, layout: Array<
        | { __typename: 'BoardListBlock', id: string | null, heading: string | null, show: BoardListBlock_Show | null }
        | { __typename: 'CallToActionBlock', id: string | null, heading: string | null, text: string | null, buttonLabel: string | null, linkType: CallToActionBlock_LinkType | null, url: string | null, page: { slug: string | null } | null }
        | { __typename: 'ImageBlock', id: string | null, caption: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null }
        | { __typename: 'MemberGridBlock', id: string | null, heading: string | null, kinds: Array<MemberGridBlock_Kinds> | null }
        | { __typename: 'RichTextBlock', id: string | null, heading: string | null, content: unknown }
        | { __typename: 'TimelineBlock', id: string | null, heading: string | null, milestones: Array<{ id: string | null, date: string | null, precision: Milestone_Precision | null, title: string | null, description: string | null }> | null }
      > | null }> } | null, Members: { docs: Array<{ id: number, name: string, shortName: string, kind: Member_Kind, website: string | null, logo: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null }> } | null, BoardRoles: { docs: Array<{ id: number, personName: string, office: string | null, function: BoardRole_Function, member: { name: string } | null, term: { from: string | null, to: string | null, precision: Period_Precision | null } | null }> } | null, Related: { docs: Array<{ title: string | null, slug: string | null }> } | null, Site: { name: string, register: { court: string | null, number: string | null, representedBy: string | null, responsibleForContent: string | null } | null, office: { street: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null } | null };

export type MemberListQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type MemberListQuery = { Members: { totalDocs: number, docs: Array<{ id: number, name: string, shortName: string, kind: Member_Kind, website: string | null, description: string | null, logo: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null }> } | null, Site: { name: string, office: { street: string | null, postalCode: string | null, city: string | null, phone: string | null, email: string | null } | null } | null };

export type ProjectFilterOptionsQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type ProjectFilterOptionsQuery = { ProjectCategories: { docs: Array<{ id: number, title: string | null, slug: string }> } | null, Members: { docs: Array<{ id: number, name: string }> } | null, ThemeYears: { docs: Array<{ id: number, title: string | null, year: number | null }> } | null };

export type ProjectListQueryVariables = Exact<{
  where?: Project_Where | null | undefined;
  locale?: LocaleInputType | null | undefined;
  page?: number | null | undefined;
}>;


export type ProjectListQuery = { Projects: { totalDocs: number, totalPages: number, docs: Array<{ id: number, title: string | null, slug: string | null, summary: string | null, projectStatus: Project_ProjectStatus | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, category: { title: string | null, slug: string, icon: ProjectCategory_Icon } | null }> } | null };

export type ProjectDetailQueryVariables = Exact<{
  slug: string;
  locale?: LocaleInputType | null | undefined;
  draft?: boolean | null | undefined;
}>;


export type ProjectDetailQuery = { Projects: { docs: Array<{ id: number, title: string | null, slug: string | null, summary: string | null, projectStatus: Project_ProjectStatus | null, body: unknown, category: { id: number, title: string | null, slug: string } | null, partners: Array<{ id: number, name: string, website: string | null }> | null, themeYear: { title: string | null, slug: string | null, year: number | null } | null, period: { from: string | null, to: string | null, precision: Period_Precision | null } | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, links: Array<{ id: string | null, label: string | null, url: string | null }> | null, attachments: Array<{ id: number, title: string | null, filename: string | null, filesize: number | null, url: string | null }> | null, meta: { title: string | null, description: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null } | null }> } | null };

export type RelatedProjectsQueryVariables = Exact<{
  category: unknown;
  slug: string;
  locale?: LocaleInputType | null | undefined;
}>;


export type RelatedProjectsQuery = { Projects: { totalDocs: number, docs: Array<{ id: number, title: string | null, slug: string | null }> } | null };

export type RedirectsQueryVariables = Exact<{ [key: string]: never; }>;


export type RedirectsQuery = { Redirects: { docs: Array<{ from: string, type: Redirect_Type, to: { type: Redirect_To_Type | null, url: string | null, reference: { relationTo: Redirect_To_Reference_RelationTo | null, value:
            | { __typename: 'NewsItem', slug: string | null }
            | { __typename: 'Page', slug: string | null }
            | { __typename: 'Project', slug: string | null }
            | { __typename: 'ThemeYear', slug: string | null }
           | null } | null } | null }> } | null };

export type SiteSearchQueryVariables = Exact<{
  query: string;
  locale?: SearchLocale | null | undefined;
}>;


export type SiteSearchQuery = { Search: Array<{ kind: SearchKind, id: number, slug: string | null, title: string | null, excerpt: string | null }> };

export type SitemapQueryVariables = Exact<{ [key: string]: never; }>;


export type SitemapQuery = { News: { docs: Array<{ slug: string | null, updatedAt: string | null }> } | null, Projects: { docs: Array<{ slug: string | null, updatedAt: string | null }> } | null, ThemeYears: { docs: Array<{ slug: string | null, updatedAt: string | null }> } | null, Pages: { docs: Array<{ slug: string | null, updatedAt: string | null }> } | null };

export type NewsFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsFeedQuery = { Site: { name: string, claim: string | null } | null, News: { docs: Array<{ updatedAt: string | null, id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null }> } | null };

export type ThemeYearListQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type ThemeYearListQuery = { ThemeYears: { docs: Array<{ id: number, title: string | null, slug: string | null, year: number | null, projects: { totalDocs: number | null } | null }> } | null };

export type ThemeYearDetailQueryVariables = Exact<{
  slug: string;
  locale?: LocaleInputType | null | undefined;
  draft?: boolean | null | undefined;
}>;


export type ThemeYearDetailQuery = { ThemeYears: { docs: Array<{ id: number, title: string | null, year: number | null, description: unknown, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, meta: { title: string | null, description: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null } | null, projects: { docs: Array<{ id: number, title: string | null, slug: string | null, summary: string | null, projectStatus: Project_ProjectStatus | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, category: { title: string | null, slug: string, icon: ProjectCategory_Icon } | null }> } | null }> } | null };

export type NewsTranslationsQueryVariables = Exact<{
  slugs?: Array<string | null | undefined> | string | null | undefined;
  locale?: LocaleInputType | null | undefined;
}>;


export type NewsTranslationsQuery = { News: { docs: Array<{ slug: string | null, title: string | null }> } | null };

export type ProjectTranslationsQueryVariables = Exact<{
  slugs?: Array<string | null | undefined> | string | null | undefined;
  locale?: LocaleInputType | null | undefined;
}>;


export type ProjectTranslationsQuery = { Projects: { docs: Array<{ slug: string | null, title: string | null }> } | null };

export type ThemeYearTranslationsQueryVariables = Exact<{
  slugs?: Array<string | null | undefined> | string | null | undefined;
  locale?: LocaleInputType | null | undefined;
}>;


export type ThemeYearTranslationsQuery = { ThemeYears: { docs: Array<{ slug: string | null, title: string | null }> } | null };

export type PageTranslationsQueryVariables = Exact<{
  slugs?: Array<string | null | undefined> | string | null | undefined;
  locale?: LocaleInputType | null | undefined;
}>;


export type PageTranslationsQuery = { Pages: { docs: Array<{ slug: string | null, title: string | null }> } | null };

export type NavigationTranslationsQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type NavigationTranslationsQuery = { Navigation: { header: Array<{ id: string | null, label: string | null }> | null, footer: Array<{ id: string | null, label: string | null }> | null } | null };

export type SiteTranslationQueryVariables = Exact<{
  locale?: LocaleInputType | null | undefined;
}>;


export type SiteTranslationQuery = { Site: { claim: string | null } | null };

export type ImageFragment = { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null };

export type AttachmentFragment = { id: number, title: string | null, filename: string | null, filesize: number | null, url: string | null };

export type NewsTeaserFragment = { id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null };

export type NewsCardFragment = { id: number, title: string | null, slug: string | null, publishedAt: string | null, teaser: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null };

export type ProjectTeaserFragment = { id: number, title: string | null, slug: string | null, summary: string | null, projectStatus: Project_ProjectStatus | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null, category: { title: string | null, slug: string, icon: ProjectCategory_Icon } | null };

export type BoardRoleFieldsFragment = { id: number, personName: string, office: string | null, function: BoardRole_Function, member: { name: string } | null, term: { from: string | null, to: string | null, precision: Period_Precision | null } | null };

export type MenuLinkFragment = { slug: string | null };

export type MetaFragment = { title: string | null, description: string | null, image: { url: string | null, alt: string | null, width: number | null, height: number | null, sizes: { card: { url: string | null, width: number | null, height: number | null } | null, tablet: { url: string | null, width: number | null, height: number | null } | null, og: { url: string | null, width: number | null, height: number | null } | null } | null } | null };

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
export const OfficeSiteFragmentDoc = new TypedDocumentString(`
    fragment OfficeSite on Site {
  name
  office {
    street
    postalCode
    city
    phone
    email
  }
}
    `, {"fragmentName":"OfficeSite"}) as unknown as TypedDocumentString<OfficeSiteFragment, unknown>;
export const AttachmentFragmentDoc = new TypedDocumentString(`
    fragment Attachment on Document {
  id
  title
  filename
  filesize
  url
}
    `, {"fragmentName":"Attachment"}) as unknown as TypedDocumentString<AttachmentFragment, unknown>;
export const NewsTeaserFragmentDoc = new TypedDocumentString(`
    fragment NewsTeaser on NewsItem {
  id
  title
  slug
  publishedAt
  teaser
}
    `, {"fragmentName":"NewsTeaser"}) as unknown as TypedDocumentString<NewsTeaserFragment, unknown>;
export const ImageFragmentDoc = new TypedDocumentString(`
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
    `, {"fragmentName":"Image"}) as unknown as TypedDocumentString<ImageFragment, unknown>;
export const NewsCardFragmentDoc = new TypedDocumentString(`
    fragment NewsCard on NewsItem {
  ...NewsTeaser
  image {
    ...Image
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  publishedAt
  teaser
}`, {"fragmentName":"NewsCard"}) as unknown as TypedDocumentString<NewsCardFragment, unknown>;
export const ProjectTeaserFragmentDoc = new TypedDocumentString(`
    fragment ProjectTeaser on Project {
  id
  title
  slug
  summary
  projectStatus
  image {
    ...Image
  }
  category {
    title
    slug
    icon
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}`, {"fragmentName":"ProjectTeaser"}) as unknown as TypedDocumentString<ProjectTeaserFragment, unknown>;
export const BoardRoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardRoleFields on BoardRole {
  id
  personName
  office
  function
  member {
    name
  }
  term {
    from
    to
    precision
  }
}
    `, {"fragmentName":"BoardRoleFields"}) as unknown as TypedDocumentString<BoardRoleFieldsFragment, unknown>;
export const MenuLinkFragmentDoc = new TypedDocumentString(`
    fragment MenuLink on Page {
  slug
}
    `, {"fragmentName":"MenuLink"}) as unknown as TypedDocumentString<MenuLinkFragment, unknown>;
export const MetaFragmentDoc = new TypedDocumentString(`
    fragment Meta on SeoMeta {
  title
  description
  image {
    ...Image
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}`, {"fragmentName":"Meta"}) as unknown as TypedDocumentString<MetaFragment, unknown>;
export const EmbedNewsDocument = new TypedDocumentString(`
    query EmbedNews($limit: Int!, $locale: LocaleInputType, $where: NewsItem_where) {
  News(
    select: true
    limit: $limit
    sort: "-publishedAt"
    locale: $locale
    where: $where
  ) {
    docs {
      ...NewsTeaser
    }
  }
}
    fragment NewsTeaser on NewsItem {
  id
  title
  slug
  publishedAt
  teaser
}`) as unknown as TypedDocumentString<EmbedNewsQuery, EmbedNewsQueryVariables>;
export const EmbedMembersDocument = new TypedDocumentString(`
    query EmbedMembers {
  Members(select: true, limit: 100, sort: "order") {
    docs {
      id
      shortName
    }
  }
}
    `) as unknown as TypedDocumentString<EmbedMembersQuery, EmbedMembersQueryVariables>;
export const EventsCalendarDocument = new TypedDocumentString(`
    query EventsCalendar($where: Event_where, $locale: LocaleInputType) {
  Site {
    name
  }
  Events(where: $where, limit: 1000, sort: "startsAt", locale: $locale) {
    docs {
      id
      slug
      title
      teaser
      startsAt
      endsAt
      allDay
      eventStatus
      venue {
        name
        address
        postalCode
        city
      }
      onlineUrl
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EventsCalendarQuery, EventsCalendarQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($locale: LocaleInputType) {
  Site(locale: $locale) {
    name
    claim
  }
  Members(select: true, limit: 50, sort: "order", locale: $locale) {
    docs {
      id
      name
      shortName
      kind
      website
      location {
        latitude
        longitude
        district
      }
    }
    totalDocs
  }
  News(select: true, limit: 3, sort: "-publishedAt", locale: $locale) {
    docs {
      ...NewsCard
    }
  }
  Projects(
    select: true
    limit: 6
    sort: "title"
    where: {projectStatus: {equals: ongoing}}
    locale: $locale
  ) {
    docs {
      ...ProjectTeaser
    }
  }
  AllProjects: Projects(select: true, limit: 1) {
    totalDocs
  }
  ThemeYears(select: true, limit: 10, sort: "-year", locale: $locale) {
    docs {
      id
      title
      slug
      year
      projects(count: true, limit: 1) {
        totalDocs
      }
    }
    totalDocs
  }
  FirstThemeYear: ThemeYears(select: true, limit: 1, sort: "year") {
    docs {
      year
    }
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  publishedAt
  teaser
}
fragment NewsCard on NewsItem {
  ...NewsTeaser
  image {
    ...Image
  }
}
fragment ProjectTeaser on Project {
  id
  title
  slug
  summary
  projectStatus
  image {
    ...Image
  }
  category {
    title
    slug
    icon
  }
}`) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const LayoutDocument = new TypedDocumentString(`
    query Layout($locale: LocaleInputType) {
  Site(locale: $locale) {
    claim
    logo {
      url
      width
      height
    }
    ...OfficeSite
  }
  Navigation(locale: $locale) {
    header {
      id
      label
      path
      page(locale: $locale) {
        ...MenuLink
      }
    }
    footer {
      id
      label
      path
      page(locale: $locale) {
        ...MenuLink
      }
    }
  }
}
    fragment OfficeSite on Site {
  name
  office {
    street
    postalCode
    city
    phone
    email
  }
}
fragment MenuLink on Page {
  slug
}`) as unknown as TypedDocumentString<LayoutQuery, LayoutQueryVariables>;
export const NewsDetailDocument = new TypedDocumentString(`
    query NewsDetail($slug: String!, $locale: LocaleInputType, $draft: Boolean) {
  News(
    select: true
    where: {slug: {equals: $slug}}
    limit: 1
    locale: $locale
    draft: $draft
  ) {
    docs {
      ...NewsTeaser
      updatedAt
      body
      image {
        ...Image
      }
      attachments {
        ...Attachment
      }
      relatedProjects {
        id
        title
        slug
      }
      relatedMembers {
        id
        name
        website
      }
      meta {
        ...Meta
      }
    }
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment Attachment on Document {
  id
  title
  filename
  filesize
  url
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  publishedAt
  teaser
}
fragment Meta on SeoMeta {
  title
  description
  image {
    ...Image
  }
}`) as unknown as TypedDocumentString<NewsDetailQuery, NewsDetailQueryVariables>;
export const NewsNeighboursDocument = new TypedDocumentString(`
    query NewsNeighbours($publishedAt: DateTime!, $locale: LocaleInputType) {
  older: News(
    select: true
    where: {publishedAt: {less_than: $publishedAt}}
    sort: "-publishedAt"
    limit: 1
    locale: $locale
  ) {
    docs {
      title
      slug
    }
  }
  newer: News(
    select: true
    where: {publishedAt: {greater_than: $publishedAt}}
    sort: "publishedAt"
    limit: 1
    locale: $locale
  ) {
    docs {
      title
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<NewsNeighboursQuery, NewsNeighboursQueryVariables>;
export const NewsListDocument = new TypedDocumentString(`
    query NewsList($page: Int!, $locale: LocaleInputType) {
  News(
    select: true
    limit: 10
    page: $page
    sort: "-publishedAt"
    locale: $locale
  ) {
    docs {
      ...NewsCard
    }
    page
    totalPages
    totalDocs
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment NewsTeaser on NewsItem {
  id
  title
  slug
  publishedAt
  teaser
}
fragment NewsCard on NewsItem {
  ...NewsTeaser
  image {
    ...Image
  }
}`) as unknown as TypedDocumentString<NewsListQuery, NewsListQueryVariables>;
export const PageBySlugDocument = new TypedDocumentString(`
    query PageBySlug($slug: String!, $related: [String], $locale: LocaleInputType, $draft: Boolean) {
  Pages(
    select: true
    where: {slug: {equals: $slug}}
    limit: 1
    locale: $locale
    draft: $draft
  ) {
    docs {
      id
      title
      intro
      meta {
        ...Meta
      }
      layout {
        __typename
        ... on RichTextBlock {
          id
          heading
          content
        }
        ... on ImageBlock {
          id
          caption
          image {
            ...Image
          }
        }
        ... on TimelineBlock {
          id
          heading
          milestones {
            id
            date
            precision
            title
            description
          }
        }
        ... on MemberGridBlock {
          id
          heading
          kinds
        }
        ... on BoardListBlock {
          id
          heading
          show
        }
        ... on CallToActionBlock {
          id
          heading
          text
          buttonLabel
          linkType
          url
          page {
            slug
          }
        }
      }
    }
  }
  Members(select: true, limit: 100, sort: "order", locale: $locale) {
    docs {
      id
      name
      shortName
      kind
      website
      logo {
        ...Image
      }
    }
  }
  BoardRoles(select: true, limit: 200, sort: "-term.from", locale: $locale) {
    docs {
      ...BoardRoleFields
    }
  }
  Related: Pages(
    select: true
    where: {slug: {in: $related}}
    limit: 10
    locale: $locale
  ) {
    docs {
      title
      slug
    }
  }
  Site(locale: $locale) {
    ...OfficeSite
    register {
      court
      number
      representedBy
      responsibleForContent
    }
  }
}
    fragment OfficeSite on Site {
  name
  office {
    street
    postalCode
    city
    phone
    email
  }
}
fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment BoardRoleFields on BoardRole {
  id
  personName
  office
  function
  member {
    name
  }
  term {
    from
    to
    precision
  }
}
fragment Meta on SeoMeta {
  title
  description
  image {
    ...Image
  }
}`) as unknown as TypedDocumentString<PageBySlugQuery, PageBySlugQueryVariables>;
export const MemberListDocument = new TypedDocumentString(`
    query MemberList($locale: LocaleInputType) {
  Members(select: true, limit: 100, sort: "order", locale: $locale) {
    docs {
      id
      name
      shortName
      kind
      website
      description
      logo {
        ...Image
      }
    }
    totalDocs
  }
  Site(locale: $locale) {
    ...OfficeSite
  }
}
    fragment OfficeSite on Site {
  name
  office {
    street
    postalCode
    city
    phone
    email
  }
}
fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}`) as unknown as TypedDocumentString<MemberListQuery, MemberListQueryVariables>;
export const ProjectFilterOptionsDocument = new TypedDocumentString(`
    query ProjectFilterOptions($locale: LocaleInputType) {
  ProjectCategories(select: true, limit: 100, sort: "order", locale: $locale) {
    docs {
      id
      title
      slug
    }
  }
  Members(select: true, limit: 100, sort: "order", locale: $locale) {
    docs {
      id
      name
    }
  }
  ThemeYears(select: true, limit: 100, sort: "-year", locale: $locale) {
    docs {
      id
      title
      year
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectFilterOptionsQuery, ProjectFilterOptionsQueryVariables>;
export const ProjectListDocument = new TypedDocumentString(`
    query ProjectList($where: Project_where, $locale: LocaleInputType, $page: Int) {
  Projects(
    select: true
    where: $where
    limit: 48
    page: $page
    sort: "title"
    locale: $locale
  ) {
    docs {
      ...ProjectTeaser
    }
    totalDocs
    totalPages
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment ProjectTeaser on Project {
  id
  title
  slug
  summary
  projectStatus
  image {
    ...Image
  }
  category {
    title
    slug
    icon
  }
}`) as unknown as TypedDocumentString<ProjectListQuery, ProjectListQueryVariables>;
export const ProjectDetailDocument = new TypedDocumentString(`
    query ProjectDetail($slug: String!, $locale: LocaleInputType, $draft: Boolean) {
  Projects(
    select: true
    where: {slug: {equals: $slug}}
    limit: 1
    locale: $locale
    draft: $draft
  ) {
    docs {
      id
      title
      slug
      summary
      projectStatus
      category {
        id
        title
        slug
      }
      body
      partners {
        id
        name
        website
      }
      themeYear {
        title
        slug
        year
      }
      period {
        from
        to
        precision
      }
      image {
        ...Image
      }
      links {
        id
        label
        url
      }
      attachments {
        ...Attachment
      }
      meta {
        ...Meta
      }
    }
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment Attachment on Document {
  id
  title
  filename
  filesize
  url
}
fragment Meta on SeoMeta {
  title
  description
  image {
    ...Image
  }
}`) as unknown as TypedDocumentString<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const RelatedProjectsDocument = new TypedDocumentString(`
    query RelatedProjects($category: JSON!, $slug: String!, $locale: LocaleInputType) {
  Projects(
    select: true
    where: {AND: [{category: {equals: $category}}, {slug: {not_equals: $slug}}]}
    limit: 5
    sort: "-period.from"
    locale: $locale
  ) {
    docs {
      id
      title
      slug
    }
    totalDocs
  }
}
    `) as unknown as TypedDocumentString<RelatedProjectsQuery, RelatedProjectsQueryVariables>;
export const RedirectsDocument = new TypedDocumentString(`
    query Redirects {
  Redirects(select: true, limit: 5000) {
    docs {
      from
      type
      to {
        type
        url
        reference {
          relationTo
          value {
            __typename
            ... on NewsItem {
              slug
            }
            ... on Project {
              slug
            }
            ... on ThemeYear {
              slug
            }
            ... on Page {
              slug
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedirectsQuery, RedirectsQueryVariables>;
export const SiteSearchDocument = new TypedDocumentString(`
    query SiteSearch($query: String!, $locale: SearchLocale) {
  Search(query: $query, locale: $locale, limit: 30) {
    kind
    id
    slug
    title
    excerpt
  }
}
    `) as unknown as TypedDocumentString<SiteSearchQuery, SiteSearchQueryVariables>;
export const SitemapDocument = new TypedDocumentString(`
    query Sitemap {
  News(select: true, pagination: false, sort: "-publishedAt") {
    docs {
      slug
      updatedAt
    }
  }
  Projects(select: true, pagination: false, sort: "title") {
    docs {
      slug
      updatedAt
    }
  }
  ThemeYears(select: true, pagination: false, sort: "-year") {
    docs {
      slug
      updatedAt
    }
  }
  Pages(select: true, pagination: false, sort: "title") {
    docs {
      slug
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapQuery, SitemapQueryVariables>;
export const NewsFeedDocument = new TypedDocumentString(`
    query NewsFeed {
  Site {
    name
    claim
  }
  News(select: true, limit: 20, sort: "-publishedAt") {
    docs {
      ...NewsTeaser
      updatedAt
    }
  }
}
    fragment NewsTeaser on NewsItem {
  id
  title
  slug
  publishedAt
  teaser
}`) as unknown as TypedDocumentString<NewsFeedQuery, NewsFeedQueryVariables>;
export const ThemeYearListDocument = new TypedDocumentString(`
    query ThemeYearList($locale: LocaleInputType) {
  ThemeYears(select: true, limit: 100, sort: "-year", locale: $locale) {
    docs {
      id
      title
      slug
      year
      projects(count: true, limit: 1) {
        totalDocs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeYearListQuery, ThemeYearListQueryVariables>;
export const ThemeYearDetailDocument = new TypedDocumentString(`
    query ThemeYearDetail($slug: String!, $locale: LocaleInputType, $draft: Boolean) {
  ThemeYears(
    select: true
    where: {slug: {equals: $slug}}
    limit: 1
    locale: $locale
    draft: $draft
  ) {
    docs {
      id
      title
      year
      description
      image {
        ...Image
      }
      meta {
        ...Meta
      }
      projects(limit: 100, sort: "slug") {
        docs {
          ...ProjectTeaser
        }
      }
    }
  }
}
    fragment Image on MediaItem {
  url
  alt
  width
  height
  sizes {
    card {
      url
      width
      height
    }
    tablet {
      url
      width
      height
    }
    og {
      url
      width
      height
    }
  }
}
fragment ProjectTeaser on Project {
  id
  title
  slug
  summary
  projectStatus
  image {
    ...Image
  }
  category {
    title
    slug
    icon
  }
}
fragment Meta on SeoMeta {
  title
  description
  image {
    ...Image
  }
}`) as unknown as TypedDocumentString<ThemeYearDetailQuery, ThemeYearDetailQueryVariables>;
export const NewsTranslationsDocument = new TypedDocumentString(`
    query NewsTranslations($slugs: [String], $locale: LocaleInputType) {
  News(
    select: true
    where: {slug: {in: $slugs}}
    limit: 100
    locale: $locale
    fallbackLocale: none
  ) {
    docs {
      slug
      title
    }
  }
}
    `) as unknown as TypedDocumentString<NewsTranslationsQuery, NewsTranslationsQueryVariables>;
export const ProjectTranslationsDocument = new TypedDocumentString(`
    query ProjectTranslations($slugs: [String], $locale: LocaleInputType) {
  Projects(
    select: true
    where: {slug: {in: $slugs}}
    limit: 500
    locale: $locale
    fallbackLocale: none
  ) {
    docs {
      slug
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectTranslationsQuery, ProjectTranslationsQueryVariables>;
export const ThemeYearTranslationsDocument = new TypedDocumentString(`
    query ThemeYearTranslations($slugs: [String], $locale: LocaleInputType) {
  ThemeYears(
    select: true
    where: {slug: {in: $slugs}}
    limit: 100
    locale: $locale
    fallbackLocale: none
  ) {
    docs {
      slug
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeYearTranslationsQuery, ThemeYearTranslationsQueryVariables>;
export const PageTranslationsDocument = new TypedDocumentString(`
    query PageTranslations($slugs: [String], $locale: LocaleInputType) {
  Pages(
    select: true
    where: {slug: {in: $slugs}}
    limit: 100
    locale: $locale
    fallbackLocale: none
  ) {
    docs {
      slug
      title
    }
  }
}
    `) as unknown as TypedDocumentString<PageTranslationsQuery, PageTranslationsQueryVariables>;
export const NavigationTranslationsDocument = new TypedDocumentString(`
    query NavigationTranslations($locale: LocaleInputType) {
  Navigation(locale: $locale, fallbackLocale: none) {
    header {
      id
      label
    }
    footer {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<NavigationTranslationsQuery, NavigationTranslationsQueryVariables>;
export const SiteTranslationDocument = new TypedDocumentString(`
    query SiteTranslation($locale: LocaleInputType) {
  Site(locale: $locale, fallbackLocale: none) {
    claim
  }
}
    `) as unknown as TypedDocumentString<SiteTranslationQuery, SiteTranslationQueryVariables>;