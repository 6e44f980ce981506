import { StaffNotFound } from "@/components/errors/staff-not-found";

export default StaffNotFound;
