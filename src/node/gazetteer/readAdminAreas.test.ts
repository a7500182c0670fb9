import { describe, expect, it } from 'vitest';
import { readAdminAreas } from './readAdminAreas.ts';

const city = (name: string, admin: string, capital: string, population: string, lat = '10.0', lng = '20.0') =>
  ({ city: name, city_ascii: name, lat, lng, country: 'Testland', iso2: 'TL', iso3: 'TST', admin_name: admin, capital, population, id: name });

describe('readAdminAreas', () => {
  it('keeps each area once, at its seat', () => {
    const json = JSON.stringify([
      city('Capital City', 'Central Province', 'primary', '900000', '1.5', '2.5'),
      city('Seatville', 'Hill Province', 'admin', '50000', '3.25', '4.75'),
      city('Smalltown', 'Hill Province', '', '2000'),
      city('Winterseat', 'Hill Province', 'admin', '8000'),
      city('Nowhere', 'Seatless Province', 'minor', '1000'),
    ]);
    expect(readAdminAreas(json)).toEqual([
      { name: 'Central Province', country: 'TL', seat: 'Capital City', lat: 1.5, lon: 2.5 },
      { name: 'Hill Province', country: 'TL', seat: 'Seatville', lat: 3.25, lon: 4.75 },
    ]);
  });

  it('prefers a seat to the national capital listed in the same area', () => {
    const json = JSON.stringify([city('Capital City', 'Coast', 'primary', '900000'), city('Port Seat', 'Coast', 'admin', '40000')]);
    expect(readAdminAreas(json).map((a) => a.seat)).toEqual(['Port Seat']);
  });
});
