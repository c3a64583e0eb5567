-- 多位一体: a delivery center serves a key industry or a key solution (exactly one); a project may name its solution.
alter table delivery_centers alter column industry drop not null;
alter table delivery_centers add column solution text unique;
alter table delivery_centers add constraint delivery_centers_one_focus check ((industry is null) <> (solution is null));
alter table projects add column solution text;
create index projects_solution on projects(solution) where solution is not null;
