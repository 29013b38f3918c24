/** Props of {@link DisabledSitesList}. */
export interface DisabledSitesListProps {
  sites: readonly string[];
  onRemove(site: string): void;
}

/** The sites where the reader turned highlighting off, each with a way to turn it back on. */
export function DisabledSitesList({ sites, onRemove }: DisabledSitesListProps) {
  return (
    <section class="fl-sites" aria-label="Sites turned off">
      <h3 class="fl-subheading">Sites turned off</h3>
      {sites.length === 0 ? (
        <p class="fl-hint">None</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="fl-link-button"
                aria-label={`Turn highlighting back on for ${site}`}
                onClick={() => onRemove(site)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
