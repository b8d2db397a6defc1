/** Shown instead of content when the CMS cannot be reached: a German notice, never a stack trace. */
export function CmsUnavailable() {
  return (
    <section className="notice" role="status">
      <h1>Inhalte vorübergehend nicht verfügbar</h1>
      <p>Die Inhalte dieser Seite können gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut.</p>
    </section>
  )
}
