/**
 * Head nouns of institutions' names ("… Commission", "Office of …") and the kind of body each
 * suggests, for names the vocabulary does not list.
 */
import { InstitutionKind } from './model';

export const HEADS: Record<string, InstitutionKind> = {
	Commission: 'subsidiary-body', Committee: 'committee', Council: 'organ', Office: 'secretariat-office',
	Mission: 'mission', Fund: 'fund-programme', Programme: 'fund-programme', Program: 'fund-programme',
	Organization: 'intergovernmental-organization', Organisation: 'intergovernmental-organization',
	Agency: 'agency', Union: 'regional-organization', Community: 'regional-organization', Court: 'court',
	Tribunal: 'court', Group: 'subsidiary-body', Forum: 'intergovernmental-organization', Centre: 'other',
	Center: 'other', Alliance: 'other', Network: 'other', Club: 'other', Institute: 'other',
	Mechanism: 'subsidiary-body', Force: 'mission', Trust: 'other', Assembly: 'organ', Campaign: 'other',
	Secretariat: 'secretariat-office', Department: 'secretariat-office', Board: 'subsidiary-body',
	Panel: 'subsidiary-body', Authority: 'other',
	Movement: 'other', Directorate: 'secretariat-office', Summit: 'intergovernmental-organization',
	Structure: 'other', Conference: 'intergovernmental-organization', Operation: 'mission',
	Cooperation: 'intergovernmental-organization', Partnership: 'other',
	Coalition: 'other', Team: 'subsidiary-body', Unit: 'secretariat-office', Service: 'secretariat-office',
	Facility: 'other', Foundation: 'other', Society: 'other', Societies: 'other',
	Committees: 'committee', Commissions: 'subsidiary-body',
};
