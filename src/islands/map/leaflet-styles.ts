// Leaflet's styles, imported with Leaflet itself when the map is shown: the build emits them as
// CSS files that load on demand instead of blocking the page's first paint.
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
