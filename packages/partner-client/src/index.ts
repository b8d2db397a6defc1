export { type ApiErrorDetail, type ClientOptions, createClient, ImpulsregionApiError, type ImpulsregionClient, type Operation } from './client.js'
export * from './generated.js'
